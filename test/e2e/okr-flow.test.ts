import { useAppAndBrowser } from "./support/app-server";
import { openPage } from "./support/browser";
import { signInAs } from "./support/sign-in";

// The demo company opens on 2017-Q4. Regio Central's hit rate in that quarter is 456 won of 774
// closed deals (58.9%), so its key result "55% → 65%" scores (58.9 − 55) / 10 = 0.39.
// Importing December with 900 won deals lifts the hit rate far above the target: score 1.
const DECEMBER_WINS = "periode;team;metriek;waarde\r\n2017-12;sales-central;deals_won;900\r\n";

const running = useAppAndBrowser();

describe("OKR flow in Chromium", () => {
  test("dashboard to key result, import, score changes", async () => {
    const { page, errors, context } = await openPage(running.browser, running.app.url);
    await signInAs(page, running.app.url, "admin");

    await page.goto("/");
    expect(await page.locator("h1").textContent()).toContain("2017-Q4");
    expect(await page.locator(".company-summary .score").first().textContent()).toMatch(/^\d,\d\d/);

    await page.getByRole("link", { name: "Regio Central: pijplijn omzetten" }).click();
    await page.getByRole("heading", { level: 1, name: /Regio Central/ }).waitFor();
    await page.getByRole("link", { name: "Hit rate van 55% naar 65%" }).first().click();
    await page.getByRole("heading", { level: 1, name: /Hit rate van 55% naar 65%/ }).waitFor();
    const keyResultUrl = page.url();
    expect(await page.locator("h1 .score").textContent()).toContain("0,39");
    expect(await page.locator("svg").count()).toBeGreaterThan(0);

    await page.goto("/imports");
    await page.locator('select[name="kind"]').selectOption("snapshots");
    await page.locator('input[name="file"]').setInputFiles({
      name: "december.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(DECEMBER_WINS, "utf8"),
    });
    await page.locator('button[name="intent"][value="preview"]').click();
    await page.locator('button[name="intent"][value="import"]').waitFor();
    await page.locator('button[name="intent"][value="import"]').click();
    await page.waitForURL(/imported=\d+/);

    await page.goto(keyResultUrl);
    expect(await page.locator("h1 .score").textContent()).toContain("1,00");

    expect(errors).toEqual([]);
    await context.close();
  });

  test("language switch shows English", async () => {
    const { page, errors, context } = await openPage(running.browser, running.app.url);
    await signInAs(page, running.app.url, "admin");
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("link", { name: "Snapshots" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("every page renders without errors", async () => {
    const { page, errors, context } = await openPage(running.browser, running.app.url);
    await signInAs(page, running.app.url, "admin");
    const pages = [
      ...["/", "/teams", "/kpis", "/kpis/hit_rate", "/kpis/new", "/metrics", "/snapshots", "/imports", "/people", "/objectives/new"],
      ...["/reports/2017-Q4", "/quarters", "/correlations", "/mood?quarter=2017-Q4", "/mood/participation", "/survey"],
      ...["/my-key-results", "/audit", "/api-tokens", "/api-docs", "/account/password"],
    ];
    await page.goto("/");
    const objective = await page.getByRole("link", { name: "Regio Central: pijplijn omzetten" }).getAttribute("href");
    pages.push(objective!, `${objective}/edit`, `/key-results/new?objective=${objective!.split("/").pop()}`);

    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      // Hydration errors (a value from a .server module, markup that differs) show only once the scripts ran.
      await page.waitForLoadState("networkidle");
      expect(await page.locator("h1").count(), path).toBe(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
