import { useAppAndBrowser } from "./support/app-server";
import { openPage } from "./support/browser";
import { signInAs } from "./support/sign-in";

// The demo company's objectives are for 2017; 2017-Q4 ended long ago, so an admin can close it.
const DECEMBER_WINS = "periode;team;metriek;waarde\r\n2017-12;sales-central;deals_won;900\r\n";

const running = useAppAndBrowser();

describe("closing a quarter in Chromium", () => {
  test("close a quarter, see it read-only", async () => {
    const { page, errors, context } = await openPage(running.browser, running.app.url);
    await signInAs(page, running.app.url, "admin");

    await page.getByRole("link", { name: "Kwartalen", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Kwartalen" }).waitFor();
    await page.getByRole("button", { name: "2017-Q4 afsluiten" }).click();
    await page.getByText(/2017-Q4 is afgesloten: \d+ scores van key results zijn bevroren/).waitFor();
    expect(await page.locator('tr[data-quarter="2017-Q4"]').getAttribute("data-status")).toBe("closed");

    // The dashboard and the objective show that the quarter is closed and offer no edit links.
    await page.goto("/?quarter=2017-Q4");
    await page.locator(".closed-quarter").waitFor();
    await page.getByRole("link", { name: "Regio Central: pijplijn omzetten" }).click();
    await page.getByRole("heading", { level: 1, name: /Regio Central/ }).waitFor();
    expect(await page.locator(".closed-quarter").textContent()).toContain("2017-Q4 is afgesloten");
    expect(await page.locator(`a[href$="/edit"]`).count()).toBe(0);
    const objectivePath = new URL(page.url()).pathname;

    // Saving the edit form anyway is rejected with the quarter named.
    await page.goto(`${objectivePath}/edit`);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText(/2017-Q4 is afgesloten, dus de objectives en key results ervan zijn alleen-lezen/).waitFor();

    // A value dated in the closed quarter is rejected in the import preview.
    await page.goto("/imports");
    await page.locator('select[name="kind"]').selectOption("snapshots");
    await page.locator('input[name="file"]').setInputFiles({ name: "december.csv", mimeType: "text/csv", buffer: Buffer.from(DECEMBER_WINS, "utf8") });
    await page.locator('button[name="intent"][value="preview"]').click();
    await page.getByText(/1 waarden tellen mee in 2017-Q4, en dat kwartaal is afgesloten/).waitFor();
    expect(await page.locator('button[name="intent"][value="import"]').count()).toBe(0);

    // Reopening needs a reason and makes the quarter editable again.
    await page.goto("/quarters");
    await page.locator('tr[data-quarter="2017-Q4"] input[name="reason"]').fill("Late CRM export");
    await page.locator('tr[data-quarter="2017-Q4"]').getByRole("button", { name: "Heropenen" }).click();
    await page.getByText("2017-Q4 is weer open.", { exact: false }).waitFor();
    await page.goto(objectivePath);
    expect(await page.locator(".closed-quarter").count()).toBe(0);
    expect(await page.locator(`a[href="${objectivePath}/edit"]`).count()).toBe(1);

    // Chromium logs the 400 response of the rejected edit form as a failed resource. Nothing else may fail.
    expect(errors.filter((error) => !error.includes("status of 400"))).toEqual([]);
    expect(errors.filter((error) => error.includes("status of 400"))).toHaveLength(1);
    await context.close();
  });
});
