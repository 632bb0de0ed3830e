import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formValues } from "~/components/forms/field-errors";
import { ObjectiveForm } from "~/components/forms/objective-form";
import { invalidForm, notFound, parseRouteId } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { parseObjectiveForm } from "~/okr/forms";
import { getObjective, objectiveFormChoices, updateObjective } from "~/okr/objectives.server";
import { refreshScoresAfterEdit } from "~/okr/refresh-scores.server";
import { requireActor } from "~/people/actor.server";
import { assertCanEditTeam } from "~/people/permissions.server";

const text = (id: number | null) => (id === null ? "" : String(id));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const id = parseRouteId(params.objectiveId);

  const objective = await getObjective(context.db, id);
  if (!objective) throw notFound();
  await assertCanEditTeam(context.db, actor, objective.team_id);
  const choices = await objectiveFormChoices(context.db, objective.period, id);

  const t = translator(await getLanguage(request));
  const values = {
    title: objective.title,
    description: objective.description,
    period: objective.period,
    teamId: String(objective.team_id),
    ownerId: text(objective.owner_id),
    parentId: text(objective.parent_id),
    status: objective.status,
  };
  return {
    id,
    title: t("okr.objectiveEdit.title", { title: objective.title }),
    values,
    ...choices,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const id = parseRouteId(params.objectiveId);
  const old = await getObjective(context.db, id);
  if (!old) throw notFound();
  await assertCanEditTeam(context.db, actor, old.team_id);

  const values = formValues(await request.formData());
  const parsed = parseObjectiveForm(values);
  if (!parsed.ok) return invalidForm(request, "okr", parsed.errors, values);

  const result = await updateObjective(context.db, actor, id, parsed.input, context.now());
  if (!result) throw notFound();
  if (!result.ok) return invalidForm(request, "okr", result.errors, values);

  await refreshScoresAfterEdit(context.db, context.now(), parsed.input.period);
  if (old.period !== parsed.input.period) await refreshScoresAfterEdit(context.db, context.now(), old.period);
  return redirect(`/objectives/${id}`);
}

export default function EditObjective() {
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
        submitLabel={t("okr.objectiveEdit.submit")}
        cancelTo={`/objectives/${page.id}`}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
