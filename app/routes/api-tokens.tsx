import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { API_SCOPES } from "~/api/scopes";
import { createApiToken, listApiTokens, revokeApiToken } from "~/api/tokens.server";
import { formValues } from "~/components/forms/field-errors";
import { FormError, SelectField, TextField } from "~/components/forms/fields";
import { invalidForm } from "~/components/forms/responses.server";
import { formatDate } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { parseLanguage } from "~/i18n/language";
import { getLanguage } from "~/i18n/language.server";
import { todayIn } from "~/kpi/calendar";
import { getSettings } from "~/okr/settings.server";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";

const revokeSchema = z.object({ id: z.coerce.number().int().positive() });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");

  const { timeZone } = await getSettings(context.db);
  const day = (timestamp: string | null) => (timestamp === null ? null : todayIn(timeZone, new Date(timestamp)));
  const tokens = (await listApiTokens(context.db, actor)).map((token) => ({
    ...token,
    createdOn: day(token.createdAt),
    lastUsedOn: day(token.lastUsedAt),
    revokedOn: day(token.revokedAt),
  }));
  return { title: translator(await getLanguage(request))("api.tokens.title"), tokens };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "admin");

  const values = formValues(await request.formData());
  if (values.intent === "revoke") {
    const parsed = revokeSchema.safeParse(values);
    const revoked = parsed.success && (await revokeApiToken(context.db, actor, parsed.data.id, context.now()));
    if (!revoked) return invalidForm(request, "api.tokens", { id: { code: "not_found" } }, values);
    return redirect("/api-tokens?revoked=1");
  }

  const result = await createApiToken(context.db, actor, values, context.now());
  if (!result.ok) return invalidForm(request, "api.tokens", result.errors, values);
  // The token is in this one response only; the database keeps its hash.
  return data({ created: { name: values.name, token: result.token } }, { headers: { "Cache-Control": "no-store" } });
}

export default function ApiTokens() {
  const { tokens } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { t, i18n } = useTranslation();
  const language = parseLanguage(i18n.language);
  const date = (day: string | null) => (day === null ? t("api.tokens.never") : formatDate(language, day));
  const created = result && "created" in result ? result.created : null;
  const rejected = result && "errors" in result ? result : null;

  return (
    <section>
      <h1>{t("api.tokens.title")}</h1>
      <p>{t("api.tokens.intro")}</p>
      <p>
        <Link to="/api-docs">{t("api.tokens.docsLink")}</Link>
      </p>

      {created ? (
        <div className="notice" role="status">
          <p>{t("api.tokens.created", { name: created.name })}</p>
          <pre>
            <code data-testid="new-token">{created.token}</code>
          </pre>
        </div>
      ) : null}
      {search.get("revoked") ? (
        <p className="notice" role="status">
          {t("api.tokens.revoked")}
        </p>
      ) : null}
      <FormError message={rejected?.errors.form ?? rejected?.errors.id} />

      <h2>{t("api.tokens.create")}</h2>
      <Form method="post">
        <input type="hidden" name="intent" value="create" />
        <TextField name="name" label={t("api.tokens.fields.name")} required defaultValue={rejected?.values.name} error={rejected?.errors.name} />
        <SelectField
          name="scope"
          label={t("api.tokens.fields.scope")}
          options={API_SCOPES.map((scope) => ({ value: scope, label: t(`api.tokens.scopes.${scope}`) }))}
          defaultValue={rejected?.values.scope ?? "read"}
          error={rejected?.errors.scope}
        />
        <button type="submit">{t("api.tokens.submit")}</button>
      </Form>

      {tokens.length === 0 ? (
        <p className="muted">{t("api.tokens.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {(["name", "scope", "token", "createdBy", "createdAt", "lastUsedAt", "status"] as const).map((column) => (
                <th key={column}>{t(`api.tokens.columns.${column}`)}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>{t(`api.tokens.scopes.${token.scope}`)}</td>
                <td>
                  <code>{token.tokenPrefix}…</code>
                </td>
                <td>{token.createdBy ?? t("api.tokens.system")}</td>
                <td>{date(token.createdOn)}</td>
                <td>{date(token.lastUsedOn)}</td>
                <td>{token.revokedOn === null ? t("api.tokens.status.active") : t("api.tokens.status.revoked", { date: date(token.revokedOn) })}</td>
                <td>
                  {token.revokedOn === null ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="id" value={token.id} />
                      <button type="submit" title={t("api.tokens.revokeTitle", { name: token.name })}>
                        {t("api.tokens.revoke")}
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
