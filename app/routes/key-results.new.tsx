import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formValues } from "~/components/forms/field-errors";
import { KeyResultForm } from "~/components/forms/key-result-form";
import { kpiOptions, paramLabels } from "~/components/forms/kpi-choices";
import { invalidForm, notFound, parseRouteId } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { parseKeyResultForm } from "~/okr/forms";
import { createKeyResult, listKpiChoices } from "~/okr/key-results.server";
import { getObjective, teamAndPeopleChoices } from "~/okr/objectives.server";
import { refreshScoresAfterEdit } from "~/okr/refresh-scores.server";
import { requireActor } from "~/people/actor.server";
import { assertCanEditTeam } from "~/people/permissions.server";
import { getTeam } from "~/people/teams.server";

/** Load the objective named by ?objective=. Throws a 404 when it is missing, unknown or archived. */
async function objectiveOf(request: Request, context: LoaderFunctionArgs["context"]) {
  const id = parseRouteId(new URL(request.url).searchParams.get("objective") ?? undefined);
  const objective = await getObjective(context.db, id);
  if (!objective) throw notFound();
  return objective;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const objective = await objectiveOf(request, context);
  await assertCanEditTeam(context.db, actor, objective.team_id);

  const language = await getLanguage(request);
  const t = translator(language);
  const team = await getTeam(context.db, objective.team_id);
  const values = {
    title: "",
    ownerId: actor.personId === null ? "" : String(actor.personId),
    weight: "1",
    kind: "increase",
    kpiId: "",
    scopeTeamId: "",
    windowKind: "quarter",
    windowLength: "",
    baseline: "",
    target: "",
  };
  return {
    title: t("okr.keyResultNew.title", { objective: objective.title }),
    objectiveId: objective.id,
    objectiveTeam: team?.name ?? "",
    values,
    kpis: kpiOptions(await listKpiChoices(context.db), language, t),
    ...(await teamAndPeopleChoices(context.db)),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const objective = await objectiveOf(request, context);
  await assertCanEditTeam(context.db, actor, objective.team_id);
  const language = await getLanguage(request);

  const values = formValues(await request.formData());
  const labels = async () => paramLabels(kpiOptions(await listKpiChoices(context.db), language, translator(language)));
  const parsed = parseKeyResultForm(values, language);
  if (!parsed.ok) return invalidForm(request, "okr", parsed.errors, values, await labels());

  const result = await createKeyResult(context.db, actor, objective.id, parsed.input, context.now());
  if (!result) throw notFound();
  if (!result.ok) return invalidForm(request, "okr", result.errors, values, await labels());

  await refreshScoresAfterEdit(context.db, context.now(), objective.period);
  return redirect(`/key-results/${result.id}`);
}

export default function NewKeyResult() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section>
      <h1>{page.title}</h1>
      <KeyResultForm
        action={`/key-results/new?objective=${page.objectiveId}`}
        values={rejected?.values ?? page.values}
        errors={rejected?.errors ?? {}}
        kpis={page.kpis}
        teams={page.teams}
        people={page.people}
        objectiveTeam={page.objectiveTeam}
        showGrade={false}
        submitLabel={t("okr.keyResultNew.submit")}
        cancelTo={`/objectives/${page.objectiveId}`}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
