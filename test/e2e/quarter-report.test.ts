import { useAppAndBrowser } from "./support/app-server";
import { openPage } from "./support/browser";
import { signInAs } from "./support/sign-in";

// The demo company's report opens on 2017-Q4, the latest quarter with key results.
const running = useAppAndBrowser();

describe("quarter report in Chromium", () => {
  test("print the report", async () => {
    const { page, errors, context } = await openPage(running.browser, running.app.url);
    await signInAs(page, running.app.url, "member");

    await page.getByRole("link", { name: "Rapport", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Kwartaalrapport 2017-Q4" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/reports/2017-Q4");
    expect(await page.locator("figure.chart svg").count()).toBe(2);
    await page.getByRole("button", { name: "Afdrukken" }).waitFor();

    // On paper the menu and the buttons disappear and the charts stay.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Afdrukken" }).isVisible()).toBe(false);
    expect(await page.locator("figure.chart svg").first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);

    expect(errors).toEqual([]);
    await context.close();
  });

  test("charts show without JavaScript", async () => {
    const { page, context } = await openPage(running.browser, running.app.url);
    await signInAs(page, running.app.url, "admin");
    const cookies = await context.cookies();
    await context.close();

    const noScript = await running.browser.newContext({ baseURL: running.app.url, javaScriptEnabled: false, locale: "nl-NL" });
    await noScript.addCookies(cookies);
    const plain = await noScript.newPage();
    const response = await plain.goto("/reports/2017-Q4");
    expect(response?.status()).toBe(200);
    expect(await plain.locator("figure.chart svg rect").count()).toBeGreaterThan(3);
    expect(await plain.locator(".report-section").count()).toBeGreaterThan(1);
    await noScript.close();
  });

  test("scores download from the report", async () => {
    const { page, errors, context } = await openPage(running.browser, running.app.url);
    await signInAs(page, running.app.url, "lead");
    await page.goto("/reports/2017-Q4");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Scores downloaden (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe("scores-2017-Q4.csv");
    expect(errors).toEqual([]);
    await context.close();
  });
});
