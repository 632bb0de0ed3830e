import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormError } from "~/components/forms/fields";
import { invalidForm, notFound, parseRouteId } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { archiveKeyResult, getKeyResultWithObjective } from "~/okr/key-results.server";
import { refreshScoresAfterEdit } from "~/okr/refresh-scores.server";
import { requireActor } from "~/people/actor.server";
import { assertCanEditTeam } from "~/people/permissions.server";

/** Load the key result and its objective. Throws a 404 when either is unknown or archived. */
async function keyResultOf(context: LoaderFunctionArgs["context"], keyResultId: string | undefined) {
  const found = await getKeyResultWithObjective(context.db, parseRouteId(keyResultId));
  if (!found) throw notFound();
  return found;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const { keyResult, objective } = await keyResultOf(context, params.keyResultId);
  await assertCanEditTeam(context.db, actor, objective.team_id);

  const t = translator(await getLanguage(request));
  return {
    id: keyResult.id,
    title: t("okr.keyResultArchive.title", { title: keyResult.title }),
    objectiveTitle: objective.title,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const { keyResult, objective } = await keyResultOf(context, params.keyResultId);
  await assertCanEditTeam(context.db, actor, objective.team_id);

  const result = await archiveKeyResult(context.db, actor, keyResult.id, context.now());
  if (!result) throw notFound();
  if (!result.ok) return invalidForm(request, "okr", result.errors, {});

  await refreshScoresAfterEdit(context.db, context.now(), objective.period);
  return redirect(`/objectives/${objective.id}`);
}

export default function ArchiveKeyResult() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section>
      <h1>{page.title}</h1>
      <FormError message={rejected?.errors.form} />
      <p>{t("okr.keyResultArchive.explain", { objective: page.objectiveTitle })}</p>
      <Form method="post">
        <button type="submit">{t("okr.keyResultArchive.submit")}</button>{" "}
        <Link to={`/key-results/${page.id}`}>{t("common.cancel")}</Link>
      </Form>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
