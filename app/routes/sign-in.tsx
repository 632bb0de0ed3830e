import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { PasswordField } from "~/auth/components/password-field";
import { clientAddress } from "~/auth/client-address.server";
import { assertSameOrigin } from "~/auth/csrf.server";
import { minutesUntil } from "~/auth/rate-limit.server";
import { signInSchema } from "~/auth/forms";
import { localPathSchema, safeLocalPath } from "~/auth/safe-path";
import { sessionCookieHeader } from "~/auth/session.server";
import { signIn } from "~/auth/sign-in.server";
import { formValues, parseForm } from "~/components/forms/field-errors";
import { FormError, TextField } from "~/components/forms/fields";
import { invalidForm } from "~/components/forms/responses.server";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { getActor } from "~/people/actor.server";

const querySchema = z.object({ redirectTo: localPathSchema("/") });

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { redirectTo } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (await getActor(request, context.db)) throw redirect(redirectTo);

  const t = translator(await getLanguage(request));
  return { title: t("auth.signIn.title"), redirectTo };
}

export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);

  const values = formValues(await request.formData());
  const parsed = parseForm(signInSchema, values);
  const shown = { email: values.email ?? "", redirectTo: safeLocalPath(values.redirectTo) ?? "/" };
  if (!parsed.ok) return invalidForm(request, "auth", parsed.errors, shown);

  const result = await signIn(context.db, parsed.input, clientAddress(context), new Date());
  if (!result.ok) {
    const t = translator(await getLanguage(request));
    if (result.reason === "blocked") {
      const count = minutesUntil(result.retryAt, new Date());
      return data({ errors: { form: t("auth.errors.rate_limited", { count }) }, values: shown }, { status: 429 });
    }
    return data({ errors: { form: t("auth.errors.invalid_credentials") }, values: shown }, { status: 401 });
  }

  return redirect(parsed.input.redirectTo, {
    headers: { "Set-Cookie": await sessionCookieHeader(request, result.token) },
  });
}

export default function SignIn() {
  const page = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: Record<string, string> = rejected?.errors ?? {};
  return (
    <section className="narrow">
      <h1>{page.title}</h1>
      <p>{t("auth.signIn.intro")}</p>
      <Form method="post" className="stacked" data-form="sign-in">
        <FormError message={errors.form} />
        <input type="hidden" name="redirectTo" value={rejected?.values.redirectTo ?? page.redirectTo} />
        <TextField name="email" type="email" label={t("auth.fields.email")} defaultValue={rejected?.values.email ?? ""} error={errors.email} required />
        <PasswordField name="password" label={t("auth.fields.password")} error={errors.password} autoComplete="current-password" />
        <button type="submit">{t("auth.signIn.submit")}</button>
      </Form>
      <p className="muted">{t("auth.signIn.forgot")}</p>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];
