import { useAppAndBrowser } from "./support/app-server";
import { openPage } from "./support/browser";
import { type DemoRole, signInAs } from "./support/sign-in";

// Each demo role signs in, does one thing it may do and tries one it may not. The pages must
// satisfy the Content-Security-Policy: Chromium reports a violation as a console error.
const running = useAppAndBrowser();

async function objectivePath(page: import("playwright-core").Page): Promise<string> {
  await page.goto("/?quarter=2017-Q4");
  return (await page.getByRole("link", { name: "Regio Central: pijplijn omzetten" }).getAttribute("href"))!;
}

describe("roles in Chromium", () => {
  test("anonymous visitor is sent to sign-in", async () => {
    const { page, errors, context } = await openPage(running.browser, running.app.url);
    await page.goto("/teams");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(new URL(page.url()).searchParams.get("redirectTo")).toBe("/teams");
    await page.locator('input[name="email"]').fill("anne.de.vries@demo.example");
    await page.locator('input[name="password"]').fill("wrong password");
    await page.locator('form[data-form="sign-in"] button[type="submit"]').click();
    await page.getByText("Het e-mailadres of wachtwoord klopt niet.").waitFor();
    expect(errors.filter(unexpected)).toEqual([]);
    await context.close();
  });

  test("security headers on a page", async () => {
    const response = await fetch(`${running.app.url}/sign-in`);
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(response.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("X-Frame-Options")).toBe("DENY");
  });

  const cases: [DemoRole, string][] = [
    ["admin", "audit log"],
    ["lead", "own team's objective"],
    ["member", "check-in"],
  ];
  test.each(cases)("%s: allowed and forbidden action", async (role) => {
    const { page, errors, context } = await openPage(running.browser, running.app.url);
    await signInAs(page, running.app.url, role);
    const objective = await objectivePath(page);

    if (role === "admin") {
      const audit = await page.goto("/audit");
      expect(audit?.status()).toBe(200);
      await page.getByRole("heading", { level: 1, name: "Auditlog" }).waitFor();
      // Forbidden for everyone: a cross-site form post.
      const crossSite = await page.request.post(`${running.app.url}/people`, { form: { intent: "createTeam", key: "x", name: "X" }, headers: { Origin: "https://evil.example" } });
      expect(crossSite.status()).toBe(403);
    }
    if (role === "lead") {
      const edit = await page.goto(`${objective}/edit`);
      expect(edit?.status()).toBe(200);
      await page.locator('input[name="title"]').fill("Regio Central: pijplijn omzetten en groeien");
      await page.locator('main form button[type="submit"]').first().click();
      await page.getByRole("heading", { level: 1, name: /pijplijn omzetten en groeien/ }).waitFor();
      expect((await page.goto("/people/1"))?.status()).toBe(403);
    }
    if (role === "member") {
      await page.goto("/my-key-results?quarter=2017-Q4");
      await page.getByRole("link", { name: "Verkoopcyclus onder 45 dagen" }).first().click();
      await page.locator('select[name="confidence"]').selectOption("8");
      await page.locator('textarea[name="comment"]').fill("Twee grote deals bijna rond");
      await page.getByRole("button", { name: "Check-in vastleggen" }).click();
      await page.getByText("Check-in vastgelegd.").waitFor();
      await page.getByRole("cell", { name: "Twee grote deals bijna rond" }).waitFor();
      expect((await page.goto(`${objective}/edit`))?.status()).toBe(403);
    }

    expect(errors.filter(unexpected)).toEqual([]);
    await context.close();
  });
});

// Chromium logs every 4xx document response as a console error; those are the forbidden actions.
const unexpected = (error: string) => !/status of (401|403)/.test(error);
