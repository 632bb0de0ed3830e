import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import type { AccountLinkPurpose } from "../../db/schema";
import { formValues, parseForm } from "../components/forms/field-errors";
import { invalidForm } from "../components/forms/responses.server";
import { translator } from "../i18n/i18n";
import { getLanguage } from "../i18n/language.server";
import { logger } from "../logger.server";
import { findAccountLink, redeemAccountLink } from "./accounts.server";
import { assertSameOrigin } from "./csrf.server";
import { newPasswordSchema } from "./forms";
import { sessionCookieHeader } from "./session.server";

const TITLES: Record<AccountLinkPurpose, string> = { sign_up: "auth.signUp", reset: "auth.resetPassword" };

/**
 * Loader of the sign-up and reset pages: the person's name and email for a valid link, or a
 * 410 "link not valid" page for an unknown, used or expired one.
 */
export async function accountLinkLoader(purpose: AccountLinkPurpose, { request, context, params }: LoaderFunctionArgs) {
  const t = translator(await getLanguage(request));
  const link = await findAccountLink(context.db, params.token ?? "", purpose, new Date());
  if (!link) {
    return data({ valid: false as const, title: t("auth.linkInvalid.title"), intro: t("auth.linkInvalid.message"), submit: "" }, { status: 410 });
  }
  const prefix = TITLES[purpose];
  return {
    valid: true as const,
    title: t(`${prefix}.title`),
    intro: t(`${prefix}.intro`, { name: link.name, email: link.email }),
    submit: t(`${prefix}.submit`),
  };
}

/** Action of the sign-up and reset pages: set the password, sign the person in, go to the dashboard. */
export async function accountLinkAction(purpose: AccountLinkPurpose, { request, context, params }: ActionFunctionArgs) {
  assertSameOrigin(request);

  const values = formValues(await request.formData());
  const parsed = parseForm(newPasswordSchema, values);
  if (!parsed.ok) return invalidForm(request, "auth", parsed.errors, {});

  const token = await redeemAccountLink(context.db, params.token ?? "", purpose, parsed.input.newPassword, new Date());
  if (!token) {
    const t = translator(await getLanguage(request));
    return data({ errors: { form: t("auth.linkInvalid.message") }, values: {} }, { status: 410 });
  }

  logger.info({ purpose }, "password set through a one-time link");
  return redirect("/", { headers: { "Set-Cookie": await sessionCookieHeader(request, token) } });
}
