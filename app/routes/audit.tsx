import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AUDIT_PAGE_SIZE, auditFilterChoices, auditFilterSchema, listAuditEntries } from "~/audit/audit-log.server";
import { actionLabel, changeFieldLabel, entityLabel } from "~/audit/labels";
import { fieldErrorsFromZod, translateFieldErrors } from "~/components/forms/field-errors";
import { useLanguage } from "~/components/use-language";
import { formatDate } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { localDateTime } from "~/kpi/calendar";
import { getSettings } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");

  const query = Object.fromEntries(new URL(request.url).searchParams);
  const values = { entity: query.entity ?? "", personId: query.personId ?? "", from: query.from ?? "", to: query.to ?? "" };
  const t = translator(await getLanguage(request));
  const choices = await auditFilterChoices(context.db);
  const entityOptions = choices.entities.map((entity) => ({ value: entity, label: entityLabel(t, entity) }));
  const parsed = auditFilterSchema.safeParse(values);
  if (!parsed.success) {
    const errors = translateFieldErrors(t, "audit", fieldErrorsFromZod(parsed.error), values);
    return data({ title: t("audit.title"), values, errors, entries: [], ...choices, entities: entityOptions }, { status: 400 });
  }

  const { timeZone } = await getSettings(context.db);
  const entries = (await listAuditEntries(context.db, actor, parsed.data, timeZone)).map((entry) => ({
    ...entry,
    local: localDateTime(timeZone, entry.at),
    entityLabel: entityLabel(t, entry.entity),
    actionLabel: actionLabel(t, entry.action),
    changes: entry.changes.map((change) => ({ ...change, label: changeFieldLabel(t, change.field) })),
  }));
  return { title: t("audit.title"), values, errors: {} as Record<string, string>, entries, ...choices, entities: entityOptions };
}

export default function AuditLog() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section>
      <h1>{page.title}</h1>
      <p className="muted">{t("audit.intro")}</p>
      <Form method="get" className="filters">
        <label>
          <span>{t("audit.filters.entity")}</span>
          <select name="entity" defaultValue={page.values.entity}>
            <option value="">{t("audit.filters.all")}</option>
            {page.entities.map((entity) => (
              <option key={entity.value} value={entity.value}>
                {entity.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("audit.filters.person")}</span>
          <select name="personId" defaultValue={page.values.personId}>
            <option value="">{t("audit.filters.all")}</option>
            {page.people.map((person) => (
              <option key={person.id} value={String(person.id)}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("audit.filters.from")}</span>
          <input type="date" name="from" defaultValue={page.values.from} />
          {page.errors.from ? <span className="field-error" role="alert">{page.errors.from}</span> : null}
        </label>
        <label>
          <span>{t("audit.filters.to")}</span>
          <input type="date" name="to" defaultValue={page.values.to} />
          {page.errors.to ? <span className="field-error" role="alert">{page.errors.to}</span> : null}
        </label>
        <button type="submit">{t("audit.filters.apply")}</button>
      </Form>

      {page.entries.length === 0 ? (
        <p>{t("audit.none")}</p>
      ) : (
        <table className="audit-log">
          <thead>
            <tr>
              <th>{t("audit.columns.at")}</th>
              <th>{t("audit.columns.who")}</th>
              <th>{t("audit.columns.what")}</th>
              <th>{t("audit.columns.action")}</th>
              <th>{t("audit.columns.change")}</th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  {formatDate(language, entry.local.date)} {entry.local.time}
                </td>
                <td>{entry.actorName ?? t("audit.filters.system")}</td>
                <td>
                  {entry.entityLabel} {entry.entityId ?? ""}
                </td>
                <td>{entry.actionLabel}</td>
                <td>
                  <ul className="changes">
                    {entry.changes.map((change) => (
                      <li key={change.field}>
                        {change.label ? <span className="field-name">{change.label}:</span> : null} {change.oldValue === "null" ? t("audit.empty") : change.oldValue} →{" "}
                        {change.newValue === "null" ? t("audit.empty") : change.newValue}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.entries.length === AUDIT_PAGE_SIZE ? <p className="muted">{t("audit.shown", { count: AUDIT_PAGE_SIZE })}</p> : null}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
