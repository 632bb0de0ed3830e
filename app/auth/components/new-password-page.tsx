import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormError } from "~/components/forms/fields";
import { PasswordField } from "./password-field";
import { MIN_PASSWORD_LENGTH } from "../password-rules";

interface NewPasswordPageProps {
  page: { valid: boolean; title: string; intro: string; submit: string };
  errors: Record<string, string>;
}

/** Render the sign-up and reset pages: a new password typed twice, or why the link no longer works. */
export function NewPasswordPage({ page, errors }: NewPasswordPageProps) {
  const { t } = useTranslation();
  if (!page.valid) {
    return (
      <section className="narrow">
        <h1>{page.title}</h1>
        <p>{page.intro}</p>
        <p>
          <Link to="/sign-in">{t("auth.signIn.title")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{page.title}</h1>
      <p>{page.intro}</p>
      <Form method="post" className="stacked">
        <FormError message={errors.form} />
        <PasswordField
          name="newPassword"
          label={t("auth.fields.newPassword")}
          error={errors.newPassword}
          hint={t("auth.password.hint", { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
        />
        <PasswordField name="confirmPassword" label={t("auth.fields.confirmPassword")} error={errors.confirmPassword} autoComplete="new-password" />
        <button type="submit">{page.submit}</button>
      </Form>
    </section>
  );
}
