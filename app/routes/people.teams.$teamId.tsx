import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formValues, parseForm } from "~/components/forms/field-errors";
import { TeamEditForm } from "~/components/forms/people-forms";
import { invalidForm, notFound, parseRouteId } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";
import { teamUpdateSchema } from "~/people/forms";
import { listPeople } from "~/people/people.server";
import { indentedName, teamTreeOrder } from "~/people/team-tree";
import { getTeam, listTeams, updateTeam } from "~/people/teams.server";

const text = (id: number | null) => (id === null ? "" : String(id));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");
  const team = await getTeam(context.db, parseRouteId(params.teamId));
  if (!team) throw notFound();

  const teams = teamTreeOrder(await listTeams(context.db)).map((row) => ({ id: row.team.id, label: indentedName(row) }));
  const people = (await listPeople(context.db)).map((person) => ({ id: person.id, label: person.name }));

  const t = translator(await getLanguage(request));
  return {
    title: t("people.teamEdit.title", { name: team.name }),
    key: team.key,
    isRoot: team.parent_id === null,
    values: { name: team.name, parentId: text(team.parent_id), leadPersonId: text(team.lead_person_id) },
    teams,
    people,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");
  const id = parseRouteId(params.teamId);

  const values = formValues(await request.formData());
  const parsed = parseForm(teamUpdateSchema, values);
  if (!parsed.ok) return invalidForm(request, "people", parsed.errors, values);

  const result = await updateTeam(context.db, actor, id, parsed.input, context.now());
  if (!result) throw notFound();
  if (!result.ok) return invalidForm(request, "people", result.errors, values);

  return redirect(`/people#team-${id}`);
}

export default function EditTeam() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section>
      <h1>{page.title}</h1>
      <p className="muted">{t("people.teamEdit.keyFixed", { key: page.key })}</p>
      <TeamEditForm
        values={rejected?.values ?? page.values}
        errors={rejected?.errors ?? {}}
        teams={page.teams}
        people={page.people}
        isRoot={page.isRoot}
      />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
