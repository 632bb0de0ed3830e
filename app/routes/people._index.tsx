import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { createShownAccountLink } from "~/auth/account-link-shown.server";
import { AccountLinkNotice } from "~/auth/components/account-link-notice";
import { z } from "zod";
import { formValues, parseForm } from "~/components/forms/field-errors";
import { PersonForm, TeamCreateForm } from "~/components/forms/people-forms";
import { invalidForm } from "~/components/forms/responses.server";
import { formatDate } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { parseLanguage } from "~/i18n/language";
import { getLanguage } from "~/i18n/language.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";
import { personSchema, teamCreateSchema } from "~/people/forms";
import { createPerson, listPeople } from "~/people/people.server";
import { indentedName, teamTreeOrder } from "~/people/team-tree";
import { createTeam, listTeams } from "~/people/teams.server";

const intentSchema = z.enum(["createTeam", "createPerson"]);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);

  const [teams, people] = await Promise.all([listTeams(context.db), listPeople(context.db)]);
  const names = new Map(people.map((person) => [person.id, person.name]));
  const teamNames = new Map(teams.map((team) => [team.id, team.name]));
  const tree = teamTreeOrder(teams).map((row) => ({
    id: row.team.id,
    key: row.team.key,
    name: row.team.name,
    depth: row.depth,
    lead: row.team.lead_person_id === null ? null : (names.get(row.team.lead_person_id) ?? null),
    members: people.filter((person) => person.team_id === row.team.id).length,
    label: indentedName(row),
  }));

  const t = translator(await getLanguage(request));
  return {
    title: t("people.index.title"),
    canEdit: actor.role === "admin",
    tree,
    people: people.map((person) => ({ ...person, teamName: teamNames.get(person.team_id) ?? "" })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");

  const values = formValues(await request.formData());
  const intent = intentSchema.safeParse(values.intent);
  if (!intent.success) {
    return invalidForm(request, "people", { form: { code: "invalid_choice", params: { value: values.intent ?? "" } } }, values);
  }

  if (intent.data === "createTeam") {
    const parsed = parseForm(teamCreateSchema, values);
    if (!parsed.ok) return invalidForm(request, "people", parsed.errors, values);
    const result = await createTeam(context.db, actor, parsed.input, context.now());
    if (!result.ok) return invalidForm(request, "people", result.errors, values);
    return redirect(`/people#team-${result.id}`);
  }

  const parsed = parseForm(personSchema, values);
  if (!parsed.ok) return invalidForm(request, "people", parsed.errors, values);
  const result = await createPerson(context.db, actor, parsed.input, context.now());
  if (!result.ok) return invalidForm(request, "people", result.errors, values);

  // The sign-up link is shown once, in this response, and never stored in readable form.
  const invite = await createShownAccountLink(context.db, actor, request, { id: result.id, name: parsed.input.name }, "sign_up", context.now());
  return { invite };
}

export default function People() {
  const page = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const rejected = outcome && "errors" in outcome ? outcome : undefined;
  const invite = outcome && "invite" in outcome ? outcome.invite : null;
  const { t, i18n } = useTranslation();
  const language = parseLanguage(i18n.language);
  const teamChoices = page.tree.map((team) => ({ id: team.id, label: team.label }));
  const stateOf = (intent: string, defaults: Record<string, string>) =>
    rejected?.values.intent === intent ? rejected : { values: defaults, errors: {} };
  const date = (value: string | null) => (value ? formatDate(language, value) : "");

  return (
    <section>
      <h1>{page.title}</h1>
      {invite ? <AccountLinkNotice link={invite} /> : null}

      <h2>{t("people.index.teams")}</h2>
      <ul className="tree">
        {page.tree.map((team) => (
          <li key={team.id} id={`team-${team.id}`} style={{ marginLeft: `${team.depth * 1.2}rem` }}>
            {page.canEdit ? <Link to={`/people/teams/${team.id}`}>{team.name}</Link> : team.name} <span className="muted">({team.key})</span>
            {team.lead ? <span className="muted"> · {t("people.index.lead", { name: team.lead })}</span> : null}
            <span className="muted"> · {t("people.index.members", { count: team.members })}</span>
          </li>
        ))}
      </ul>

      <h2>{t("people.index.people")}</h2>
      {page.people.length === 0 ? (
        <p className="muted">{t("people.index.noPeople")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("people.columns.name")}</th>
              <th>{t("people.columns.email")}</th>
              <th>{t("people.columns.role")}</th>
              <th>{t("people.columns.team")}</th>
              <th>{t("people.columns.started")}</th>
              <th>{t("people.columns.ended")}</th>
            </tr>
          </thead>
          <tbody>
            {page.people.map((person) => (
              <tr key={person.id} id={`person-${person.id}`}>
                <td>
                  {page.canEdit ? <Link to={`/people/${person.id}`}>{person.name}</Link> : person.name}
                </td>
                <td>{person.email}</td>
                <td>{t(`people.roles.${person.role}`)}</td>
                <td>{person.teamName}</td>
                <td>{date(person.started_on)}</td>
                <td>{date(person.ended_on)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {page.canEdit ? <AdminForms page={page} teamChoices={teamChoices} stateOf={stateOf} /> : null}
    </section>
  );
}

function AdminForms({
  page,
  teamChoices,
  stateOf,
}: {
  page: { tree: { id: number }[] };
  teamChoices: { id: number; label: string }[];
  stateOf: (intent: string, defaults: Record<string, string>) => { values: Record<string, string>; errors: Record<string, string> };
}) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t("people.index.newTeam")}</h2>
      <TeamCreateForm {...stateOf("createTeam", { key: "", name: "", parentId: String(page.tree[0]?.id ?? "") })} teams={teamChoices} />

      <h2>{t("people.index.newPerson")}</h2>
      <PersonForm
        {...stateOf("createPerson", { name: "", email: "", role: "member", teamId: String(page.tree[0]?.id ?? ""), startedOn: "", endedOn: "" })}
        teams={teamChoices}
        intent="createPerson"
        submitLabel={t("people.index.createPerson")}
      />
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
