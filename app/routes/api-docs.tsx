import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { API_EXAMPLE, exampleScript } from "~/api/example";
import { RATE_LIMIT } from "~/api/handler.server";
import { MAX_BODY_BYTES_LABEL } from "~/api/limits";
import { API_OPERATIONS, operationId } from "~/api/operations";
import { MAX_BATCH_ITEMS } from "~/api/schemas";
import { formatDate, formatNumber } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { parseLanguage } from "~/i18n/language";
import { getLanguage } from "~/i18n/language.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");

  const t = translator(await getLanguage(request));
  const operations = API_OPERATIONS.map((operation) => ({
    id: operationId(operation),
    method: operation.method.toUpperCase(),
    path: operation.path,
    scope: operation.scope,
  }));
  return {
    title: t("api.docs.title"),
    operations,
    script: exampleScript(new URL(request.url).origin, t("api.docs.tokenComment")),
    limits: { body: MAX_BODY_BYTES_LABEL, items: MAX_BATCH_ITEMS, ...RATE_LIMIT },
  };
}

export default function ApiDocs() {
  const { operations, script, limits } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const language = parseLanguage(i18n.language);

  return (
    <section>
      <h1>{t("api.docs.title")}</h1>
      <p>{t("api.docs.intro")}</p>

      <h2>{t("api.docs.authTitle")}</h2>
      <p>{t("api.docs.auth")}</p>
      <p>
        <Link to="/api-tokens">{t("api.tokens.title")}</Link>
      </p>

      <h2>{t("api.docs.endpointsTitle")}</h2>
      <table>
        <thead>
          <tr>
            {(["method", "path", "scope", "summary"] as const).map((column) => (
              <th key={column}>{t(`api.docs.columns.${column}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {operations.map((operation) => (
            <tr key={`${operation.method} ${operation.path}`}>
              <td>
                <code>{operation.method}</code>
              </td>
              <td>
                <code>{operation.path}</code>
              </td>
              <td>{t(`api.tokens.scopes.${operation.scope}`)}</td>
              <td>{t(`api.docs.summaries.${operation.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t("api.docs.openapi")} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
      </p>

      <h2>{t("api.docs.snapshotsTitle")}</h2>
      <p>{t("api.docs.snapshots")}</p>

      <h2>{t("api.docs.limitsTitle")}</h2>
      <p>
        {t("api.docs.limits", {
          body: limits.body,
          items: formatNumber(language, limits.items, 0),
          capacity: limits.capacity,
          rate: limits.refillPerSecond,
        })}
      </p>

      <h2>{t("api.docs.exampleTitle")}</h2>
      <p>
        {t("api.docs.example", {
          team: API_EXAMPLE.team,
          start: formatDate(language, API_EXAMPLE.week.start),
          end: formatDate(language, API_EXAMPLE.week.end),
          value: formatNumber(language, API_EXAMPLE.billability),
        })}
      </p>
      <pre>
        <code>{script}</code>
      </pre>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
