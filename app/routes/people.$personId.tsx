import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formValues, parseForm } from "~/components/forms/field-errors";
import { PersonForm } from "~/components/forms/people-forms";
import { invalidForm, notFound, parseRouteId } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { requireActor } from "~/people/actor.server";
import { personSchema } from "~/people/forms";
import { getPerson, updatePerson } from "~/people/people.server";
import { indentedName, teamTreeOrder } from "~/people/team-tree";
import { listTeams } from "~/people/teams.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireActor(request, context.db);
  const person = await getPerson(context.db, parseRouteId(params.personId));
  if (!person) throw notFound();

  const teams = teamTreeOrder(await listTeams(context.db)).map((row) => ({ id: row.team.id, label: indentedName(row) }));

  const t = translator(await getLanguage(request));
  return {
    title: t("people.personEdit.title", { name: person.name }),
    values: {
      name: person.name,
      email: person.email,
      role: person.role,
      teamId: String(person.team_id),
      startedOn: person.started_on ?? "",
      endedOn: person.ended_on ?? "",
    },
    teams,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  const id = parseRouteId(params.personId);

  const values = formValues(await request.formData());
  const parsed = parseForm(personSchema, values);
  if (!parsed.ok) return invalidForm(request, "people", parsed.errors, values);

  const result = await updatePerson(context.db, actor, id, parsed.input, context.now());
  if (!result) throw notFound();
  if (!result.ok) return invalidForm(request, "people", result.errors, values);

  return redirect(`/people#person-${id}`);
}

export default function EditPerson() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section>
      <h1>{page.title}</h1>
      <PersonForm
        values={rejected?.values ?? page.values}
        errors={rejected?.errors ?? {}}
        teams={page.teams}
        submitLabel={t("people.personEdit.submit")}
      />
      <p>
        <Link to="/people">{t("common.back")}</Link>
      </p>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
