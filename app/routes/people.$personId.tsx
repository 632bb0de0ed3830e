import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { createShownAccountLink } from "~/auth/account-link-shown.server";
import { AccountLinkNotice } from "~/auth/components/account-link-notice";
import { formValues, parseForm } from "~/components/forms/field-errors";
import { PersonForm } from "~/components/forms/people-forms";
import { invalidForm, notFound, parseRouteId } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";
import { personSchema } from "~/people/forms";
import { getPerson, hasPassword, updatePerson } from "~/people/people.server";
import { indentedName, teamTreeOrder } from "~/people/team-tree";
import { listTeams } from "~/people/teams.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");
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
    signedUp: await hasPassword(context.db, person.id),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");
  const id = parseRouteId(params.personId);

  const values = formValues(await request.formData());
  if (values.intent === "accountLink") {
    const person = await getPerson(context.db, id);
    if (!person) throw notFound();
    const purpose = (await hasPassword(context.db, id)) ? "reset" : "sign_up";
    return { link: await createShownAccountLink(context.db, actor, request, person, purpose, context.now()) };
  }

  const parsed = parseForm(personSchema, values);
  if (!parsed.ok) return invalidForm(request, "people", parsed.errors, values);

  const result = await updatePerson(context.db, actor, id, parsed.input, context.now());
  if (!result) throw notFound();
  if (!result.ok) return invalidForm(request, "people", result.errors, values);

  return redirect(`/people#person-${id}`);
}

export default function EditPerson() {
  const page = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const rejected = outcome && "errors" in outcome ? outcome : undefined;
  const link = outcome && "link" in outcome ? outcome.link : null;
  const { t } = useTranslation();
  return (
    <section>
      <h1>{page.title}</h1>
      {link ? <AccountLinkNotice link={link} /> : null}
      <PersonForm
        values={rejected?.values ?? page.values}
        errors={rejected?.errors ?? {}}
        teams={page.teams}
        submitLabel={t("people.personEdit.submit")}
      />
      <Form method="post" className="no-print">
        <input type="hidden" name="intent" value="accountLink" />
        <button type="submit">{t(page.signedUp ? "auth.links.createReset" : "auth.links.createInvite")}</button>
        {page.signedUp ? <small className="muted"> {t("auth.links.resetHint")}</small> : null}
      </Form>
      <p>
        <Link to="/people">{t("common.back")}</Link>
      </p>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
