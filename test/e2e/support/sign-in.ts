import type { Page } from "playwright-core";
import { DEMO_ACCOUNTS } from "../../../db/demo/accounts";

export type DemoRole = "admin" | "lead" | "member";

/**
 * Sign in through the sign-in form with the demo account of a role (the app must run on the demo
 * data) and wait until the dashboard shows.
 */
export async function signInAs(page: Page, baseUrl: string, role: DemoRole): Promise<void> {
  const account = DEMO_ACCOUNTS[role];
  await page.goto(new URL("/sign-in", baseUrl).href);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/sign-in")), page.locator('form[data-form="sign-in"] button[type="submit"]').click()]);
}
