import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormError } from "~/components/forms/fields";
import { invalidForm, notFound, parseRouteId } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { isQuarter } from "~/kpi/calendar";
import { archiveObjective, getObjective } from "~/okr/objectives.server";
import { refreshScoresAfterEdit } from "~/okr/refresh-scores.server";
import { requireActor } from "~/people/actor.server";
import { assertCanEditTeam } from "~/people/permissions.server";
import { ClosedQuarterError } from "~/quarters/closed-quarters.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const id = parseRouteId(params.objectiveId);

  const objective = await getObjective(context.db, id);
  if (!objective) throw notFound();
  await assertCanEditTeam(context.db, actor, objective.team_id);
  const { count } = await context.db
    .selectFrom("key_results")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("objective_id", "=", id)
    .where("archived_at", "is", null)
    .executeTakeFirstOrThrow();

  const t = translator(await getLanguage(request));
  return {
    id,
    title: t("okr.objectiveArchive.title", { title: objective.title }),
    keyResultCount: count,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const id = parseRouteId(params.objectiveId);
  const objective = await getObjective(context.db, id);
  if (!objective) throw notFound();
  await assertCanEditTeam(context.db, actor, objective.team_id);

  let archived: boolean;
  try {
    archived = await archiveObjective(context.db, actor, id, context.now());
  } catch (error) {
    if (!(error instanceof ClosedQuarterError)) throw error;
    return invalidForm(request, "okr", { form: { code: "closed_quarter", params: error.params } }, {});
  }
  if (!archived) throw notFound();

  await refreshScoresAfterEdit(context.db, context.now(), objective.period);
  return redirect(isQuarter(objective.period) ? `/?quarter=${objective.period}` : "/");
}

export default function ArchiveObjective() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section>
      <h1>{page.title}</h1>
      <FormError message={rejected?.errors.form} />
      <p>{t("okr.objectiveArchive.explain", { count: page.keyResultCount })}</p>
      <Form method="post">
        <button type="submit">{t("okr.objectiveArchive.submit")}</button>{" "}
        <Link to={`/objectives/${page.id}`}>{t("common.cancel")}</Link>
      </Form>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
