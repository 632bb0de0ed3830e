import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { changeOwnPassword } from "~/auth/accounts.server";
import { clientAddress } from "~/auth/client-address.server";
import { PasswordField } from "~/auth/components/password-field";
import { changePasswordSchema } from "~/auth/forms";
import { MIN_PASSWORD_LENGTH } from "~/auth/password-rules";
import { minutesUntil } from "~/auth/rate-limit.server";
import { sessionCookieHeader } from "~/auth/session.server";
import { formValues, parseForm } from "~/components/forms/field-errors";
import { FormError } from "~/components/forms/fields";
import { invalidForm } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { requireActor } from "~/people/actor.server";

const querySchema = z.object({ changed: z.literal("1").optional().catch(undefined) });

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireActor(request, context.db);
  const { changed } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));

  const t = translator(await getLanguage(request));
  return { title: t("auth.password.title"), changed: changed === "1" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, context.db);

  const values = formValues(await request.formData());
  const parsed = parseForm(changePasswordSchema, values);
  if (!parsed.ok) return invalidForm(request, "auth", parsed.errors, {});

  const now = new Date();
  const result = await changeOwnPassword(context.db, actor, parsed.input, clientAddress(context), now);
  if (!result.ok && result.reason === "blocked") {
    const t = translator(await getLanguage(request));
    const count = minutesUntil(result.retryAt, now);
    return data({ errors: { form: t("auth.errors.password_rate_limited", { count }) }, values: {} }, { status: 429 });
  }
  if (!result.ok) return invalidForm(request, "auth", { currentPassword: { code: "wrong_current_password" } }, {});

  return redirect("/account/password?changed=1", {
    headers: { "Set-Cookie": await sessionCookieHeader(request, result.token) },
  });
}

export default function ChangePassword() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: Record<string, string> = rejected?.errors ?? {};
  return (
    <section className="narrow">
      <h1>{page.title}</h1>
      {page.changed ? <p className="notice" role="status">{t("auth.password.changed")}</p> : null}
      <p>{t("auth.password.intro")}</p>
      <Form method="post" className="stacked">
        <FormError message={errors.form} />
        <PasswordField name="currentPassword" label={t("auth.fields.currentPassword")} error={errors.currentPassword} autoComplete="current-password" />
        <PasswordField
          name="newPassword"
          label={t("auth.fields.newPassword")}
          error={errors.newPassword}
          hint={t("auth.password.hint", { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
        />
        <PasswordField name="confirmPassword" label={t("auth.fields.confirmPassword")} error={errors.confirmPassword} autoComplete="new-password" />
        <button type="submit">{t("auth.password.submit")}</button>
      </Form>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
