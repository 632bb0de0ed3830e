import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { openDatabase } from "../../db/connection";
import { addDays, isoWeekOf, isoWeekWindow, quarterOf, todayIn } from "../../app/kpi/calendar";
import { startApp, type RunningApp } from "./support/app-server";
import { launchBrowser, openPage } from "./support/browser";
import { signInAs } from "./support/sign-in";

// The app runs with a shifted clock (support/shifted-clock.mjs): first on Wednesday noon of the
// current ISO week, then a week later, when that week has ended and its figures may appear.
const DAY_MS = 86_400_000;
const clockFolder = fs.mkdtempSync(path.join(os.tmpdir(), "okr-survey-clock-"));
const clockFile = path.join(clockFolder, "offset");

const today = todayIn("Europe/Amsterdam", new Date());
const week = isoWeekOf(today);
const wednesday = addDays(isoWeekWindow(week)!.start, 2);
const quarter = quarterOf(addDays(wednesday, 1));
// Wednesday 12:00 in Amsterdam is 10:00 or 11:00 UTC; 10:30 UTC is safely inside the day.
const firstOffset = Date.parse(`${wednesday}T10:30:00Z`) - Date.now();
const setClock = (offset: number) => fs.writeFileSync(clockFile, String(offset));

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  setClock(firstOffset);
  const saved = { options: process.env.NODE_OPTIONS, file: process.env.SHIFTED_CLOCK_FILE };
  process.env.NODE_OPTIONS = `${saved.options ?? ""} --import ${path.resolve("test/e2e/support/shifted-clock.mjs")}`.trim();
  process.env.SHIFTED_CLOCK_FILE = clockFile;
  try {
    app = await startApp();
  } finally {
    if (saved.options === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved.options;
    delete process.env.SHIFTED_CLOCK_FILE;
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(clockFolder, { recursive: true, force: true });
});

/** Four colleagues of the demo member answered 3 this week: stored as the survey stores answers. */
async function addColleagueAnswers() {
  const db = openDatabase(app.databasePath);
  const central = await db.selectFrom("teams").select("id").where("key", "=", "sales-central").executeTakeFirstOrThrow();
  for (let i = 0; i < 4; i += 1) {
    const id = crypto.randomBytes(16).toString("hex");
    await db.insertInto("mood_answers").values({ id, week, team_id: central.id, score: 3, comment: null, edit_token_hash: id }).execute();
  }
  await db.destroy();
}

describe("mood survey in Chromium", () => {
  test("answer, change, see the team view after the week", async () => {
    await addColleagueAnswers();
    const member = await openPage(browser, app.url);
    await signInAs(member.page, app.url, "member");

    await member.page.goto("/");
    await member.page.getByRole("heading", { name: `Vraag van week ${week}` }).waitFor();
    await member.page.getByLabel("2 – Ongelukkig").check();
    await member.page.getByRole("button", { name: "Antwoord versturen" }).click();
    await member.page.getByText("Bedankt, je antwoord is opgeslagen.").waitFor();
    expect(await member.page.locator(".survey-question").textContent()).toContain("Je hebt deze week geantwoord: 2 (Ongelukkig)");

    await member.page.getByText("Antwoord wijzigen", { exact: true }).first().click();
    await member.page.getByLabel("4 – Gelukkig").check();
    await member.page.getByLabel("Waarom? (optioneel)").fill("Mooi project afgerond");
    await member.page.getByRole("button", { name: "Antwoord wijzigen" }).click();
    await member.page.getByText("Je antwoord is gewijzigd.").waitFor();
    expect(await member.page.locator(".survey-question").textContent()).toContain("Je hebt deze week geantwoord: 4 (Gelukkig)");

    // Another browser of the same person has no edit cookie: its answer is not counted again.
    const otherBrowser = await openPage(browser, app.url);
    await signInAs(otherBrowser.page, app.url, "member");
    await otherBrowser.page.goto("/survey");
    expect(await otherBrowser.page.locator(".survey-question").first().textContent()).toContain("Je hebt deze week al geantwoord.");

    setClock(firstOffset + 7 * DAY_MS);
    const lead = await openPage(browser, app.url);
    await signInAs(lead.page, app.url, "lead");
    await lead.page.goto(`/mood?quarter=${quarter}`);
    await lead.page.getByRole("heading", { level: 1, name: `Stemming in ${quarter}` }).waitFor();
    const summary = await lead.page.locator("table.mood-summary").textContent();
    // 4 colleagues answered 3 and the member 4: (4 × 3 + 4) / 5 = 3.2.
    expect(summary).toContain("Verkoop Central");
    expect(summary).toContain("3,2 / 5");
    await lead.page.getByText("Verkoop Central (1)").click();
    await lead.page.getByText("Mooi project afgerond").waitFor();
    expect(await lead.page.locator("svg").count()).toBeGreaterThan(1);

    expect([...member.errors, ...otherBrowser.errors, ...lead.errors]).toEqual([]);
    await Promise.all([member.context.close(), otherBrowser.context.close(), lead.context.close()]);
  });
});
