import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { ImportFlash, ImportHistory } from "~/imports/components/import-history";
import { ImportForm } from "~/imports/components/import-form";
import { ImportPreview } from "~/imports/components/import-preview";
import { readImportForm } from "~/imports/form.server";
import { runImport } from "~/imports/import.server";
import type { ImportFormValues, ImportHistoryRow, ImportPageState, ImportsFlash } from "~/imports/page";
import { loadImportsPage, pageState, previewState, rejectedState } from "~/imports/page.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";

const searchSchema = z.object({
  imported: z.coerce.number().int().positive().optional().catch(undefined),
  already: z.coerce.number().int().positive().optional().catch(undefined),
});

const EMPTY_FORM: ImportFormValues = { kind: "snapshots", numberFormat: "auto", fileName: "", content: "", mappedKind: "", mapping: {} };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "lead");
  const search = searchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));

  const page = await loadImportsPage(context.db, search);
  return { ...page, title: translator(await getLanguage(request))("imports.page.title") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "lead");

  const form = await readImportForm(request);
  if (!form.ok) return data(rejectedState(await getLanguage(request), form.errors, form.values), { status: form.status });

  if (form.intent === "preview") return previewState(context.db, form.input);

  const outcome = await runImport(context.db, actor, form.input, context.now());
  if (outcome.status === "invalid") return data(await pageState(context.db, form.input, outcome.preview), { status: 400 });
  const flag = outcome.status === "imported" ? "imported" : "already";
  return redirect(`/imports?${flag}=${outcome.importId}`);
}

export default function Imports() {
  const page = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return <ImportsView flash={page.flash} history={page.history} state={state ?? null} />;
}

/** Render the page from its data. After a preview, the action's state replaces the flash message. */
export function ImportsView({ flash, history, state }: { flash: ImportsFlash | null; history: ImportHistoryRow[]; state: ImportPageState | null }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t("imports.page.title")}</h1>
      {flash && !state ? <ImportFlash flash={flash} /> : null}
      <p>{t("imports.page.intro")}</p>
      <ImportForm values={state?.values ?? EMPTY_FORM} errors={state?.errors ?? {}} preview={state?.preview ?? null} />
      {state?.preview ? <ImportPreview preview={state.preview} /> : null}
      <ImportHistory history={history} />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
