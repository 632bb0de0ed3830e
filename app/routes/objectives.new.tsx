import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formValues } from "~/components/forms/field-errors";
import { ObjectiveForm } from "~/components/forms/objective-form";
import { invalidForm } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { isQuarter, quarterOf, todayIn } from "~/kpi/calendar";
import { parseObjectiveForm } from "~/okr/forms";
import { createObjective, objectiveFormChoices } from "~/okr/objectives.server";
import { refreshScoresAfterEdit } from "~/okr/refresh-scores.server";
import { getSettings } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";

const searchSchema = z.object({
  quarter: z
    .string()
    .refine((period) => isQuarter(period) || /^\d{4}$/.test(period))
    .optional()
    .catch(undefined),
  team: z.coerce.number().int().positive().optional().catch(undefined),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "lead");
  const search = searchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));

  const settings = await getSettings(context.db);
  const period = search.quarter ?? quarterOf(todayIn(settings.timeZone, context.now()), settings.fiscalStartMonth);
  const choices = await objectiveFormChoices(context.db, period, null);
  const teamId = search.team ?? choices.teams[0]?.id;

  const t = translator(await getLanguage(request));
  const values = {
    title: "",
    description: "",
    period,
    teamId: teamId === undefined ? "" : String(teamId),
    ownerId: actor.personId === null ? "" : String(actor.personId),
    parentId: "",
    status: "active",
  };
  return { title: t("okr.objectiveNew.title"), values, ...choices };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "lead");

  const values = formValues(await request.formData());
  const parsed = parseObjectiveForm(values);
  if (!parsed.ok) return invalidForm(request, "okr", parsed.errors, values);

  const result = await createObjective(context.db, actor, parsed.input, context.now());
  if (!result.ok) return invalidForm(request, "okr", result.errors, values);

  await refreshScoresAfterEdit(context.db, context.now(), parsed.input.period);
  return redirect(`/objectives/${result.id}`);
}

export default function NewObjective() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section>
      <h1>{page.title}</h1>
      <ObjectiveForm
        values={rejected?.values ?? page.values}
        errors={rejected?.errors ?? {}}
        teams={page.teams}
        people={page.people}
        parents={page.parents}
        submitLabel={t("okr.objectiveNew.submit")}
        cancelTo="/"
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
