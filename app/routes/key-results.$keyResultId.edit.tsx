import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { KeyResult } from "../../db/schema";
import { decimalInputValue } from "~/components/forms/decimal";
import { formValues } from "~/components/forms/field-errors";
import { KeyResultForm } from "~/components/forms/key-result-form";
import { kpiOptions, paramLabels } from "~/components/forms/kpi-choices";
import { invalidForm, notFound, parseRouteId } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import type { Language } from "~/i18n/language";
import { getLanguage } from "~/i18n/language.server";
import { paramFieldName, parseKeyResultForm } from "~/okr/forms";
import { getKeyResultWithObjective, listKpiChoices, updateKeyResult } from "~/okr/key-results.server";
import { teamAndPeopleChoices } from "~/okr/objectives.server";
import { refreshScoresAfterEdit } from "~/okr/refresh-scores.server";
import { requireActor } from "~/people/actor.server";
import { assertCanEditTeam } from "~/people/permissions.server";
import { getTeam } from "~/people/teams.server";

const text = (id: number | null) => (id === null ? "" : String(id));

/** Load the key result and its objective. Throws a 404 when either is unknown or archived. */
async function keyResultOf(context: LoaderFunctionArgs["context"], keyResultId: string | undefined) {
  const found = await getKeyResultWithObjective(context.db, parseRouteId(keyResultId));
  if (!found) throw notFound();
  return found;
}

/** Form values of a stored key result; its parameter overrides fill the fields of its KPI. */
function storedValues(keyResult: KeyResult, language: Language): Record<string, string> {
  const values: Record<string, string> = {
    title: keyResult.title,
    ownerId: text(keyResult.owner_id),
    weight: decimalInputValue(keyResult.weight, language),
    kind: keyResult.kind,
    kpiId: text(keyResult.kpi_id),
    scopeTeamId: text(keyResult.scope_team_id),
    windowKind: keyResult.window_kind,
    windowLength: text(keyResult.window_length),
    baseline: decimalInputValue(keyResult.baseline, language),
    target: decimalInputValue(keyResult.target, language),
    grade: decimalInputValue(keyResult.grade, language),
  };
  const overrides = JSON.parse(keyResult.kpi_params) as Record<string, number>;
  if (keyResult.kpi_id !== null) {
    for (const [key, value] of Object.entries(overrides)) {
      values[paramFieldName(keyResult.kpi_id, key)] = decimalInputValue(value, language);
    }
  }
  return values;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const { keyResult, objective } = await keyResultOf(context, params.keyResultId);
  await assertCanEditTeam(context.db, actor, objective.team_id);

  const language = await getLanguage(request);
  const t = translator(language);
  const team = await getTeam(context.db, objective.team_id);
  return {
    id: keyResult.id,
    title: t("okr.keyResultEdit.title", { title: keyResult.title }),
    objectiveTeam: team?.name ?? "",
    values: storedValues(keyResult, language),
    kpis: kpiOptions(await listKpiChoices(context.db), language, t),
    ...(await teamAndPeopleChoices(context.db)),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const { keyResult, objective } = await keyResultOf(context, params.keyResultId);
  await assertCanEditTeam(context.db, actor, objective.team_id);
  const language = await getLanguage(request);

  const values = formValues(await request.formData());
  const labels = async () => paramLabels(kpiOptions(await listKpiChoices(context.db), language, translator(language)));
  const parsed = parseKeyResultForm(values, language);
  if (!parsed.ok) return invalidForm(request, "okr", parsed.errors, values, await labels());

  const result = await updateKeyResult(context.db, actor, keyResult.id, parsed.input, context.now());
  if (!result) throw notFound();
  if (!result.ok) return invalidForm(request, "okr", result.errors, values, await labels());

  await refreshScoresAfterEdit(context.db, context.now(), objective.period);
  return redirect(`/key-results/${keyResult.id}`);
}

export default function EditKeyResult() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section>
      <h1>{page.title}</h1>
      <KeyResultForm
        action={`/key-results/${page.id}/edit`}
        values={rejected?.values ?? page.values}
        errors={rejected?.errors ?? {}}
        kpis={page.kpis}
        teams={page.teams}
        people={page.people}
        objectiveTeam={page.objectiveTeam}
        showGrade
        submitLabel={t("okr.keyResultEdit.submit")}
        cancelTo={`/key-results/${page.id}`}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
