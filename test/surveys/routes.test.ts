import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { InvalidFormData } from "~/components/forms/responses.server";
import { loader as dashboardLoader } from "~/routes/_index";
import { loader as exportLoader } from "~/routes/mood.export";
import { loader as moodLoader } from "~/routes/mood._index";
import { action as participationAction } from "~/routes/mood.participation";
import { action as surveyAction, loader as surveyLoader } from "~/routes/survey";
import { getSettings } from "~/okr/settings.server";
import { ENGLISH, dataWithStatus } from "../routes/requests";
import { createPersonWithRole, signedInRequest } from "../support/auth";
import { createTestDatabase, testContext } from "../support/db";

let db: Kysely<Database>;
let company: number;
let sales: number;
let east: number;
let west: number;
let member: number;
let lead: number;
let admin: number;

// Friday 4 December 2026 (2026-W49). W48 (23–29 November) has ended.
const NOW = new Date("2026-12-04T12:00:00Z");

beforeEach(async () => {
  db = await createTestDatabase();
  const team = async (key: string, parent: number | null) =>
    (await db.insertInto("teams").values({ key, name: key, parent_id: parent }).returning("id").executeTakeFirstOrThrow()).id;
  company = await team("company", null);
  sales = await team("sales", company);
  east = await team("sales-east", sales);
  west = await team("sales-west", sales);
  member = await createPersonWithRole(db, "member", { teamId: east });
  lead = await createPersonWithRole(db, "lead", { teamId: east });
  admin = await createPersonWithRole(db, "admin", { teamId: company });
});

afterEach(async () => {
  await db.destroy();
});

let counter = 0;
async function answers(week: string, teamId: number, scores: number[], comment: string | null = null) {
  for (const score of scores) {
    counter += 1;
    await db.insertInto("mood_answers").values({ id: `r${counter}`, week, team_id: teamId, score, comment, edit_token_hash: `r${counter}` }).execute();
  }
}

const args = async (personId: number, url: string, init: Parameters<typeof signedInRequest>[3] = {}) => ({
  request: await signedInRequest(db, personId, url, init),
  context: testContext(db, NOW),
  params: {},
});

/** Return the report of a /mood loader result, whether it came with status 200 or 400. */
function reportOf(page: Awaited<ReturnType<typeof moodLoader>>) {
  return "report" in page ? page.report : page.data.report;
}

function editCookie(response: Response): string {
  const header = response.headers.get("Set-Cookie") ?? "";
  expect(header).toMatch(/^mood_edit=/);
  return header.split(";")[0];
}

describe("survey route", () => {
  test("answer sets an HttpOnly edit cookie until Sunday", async () => {
    const response = (await surveyAction(await args(member, "/survey", { body: { survey: "mood", score: "4", comment: "Prima", redirectTo: "/" } }))) as Response;

    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/?survey=created");
    const header = response.headers.get("Set-Cookie") ?? "";
    expect(header).toContain("HttpOnly");
    expect(header).toContain("SameSite=Lax");
    // Sunday 6 December ends at 23:00 UTC: 2 days and 11 hours after Friday 12:00 UTC.
    expect(header).toContain(`Max-Age=${2 * 86_400 + 11 * 3600}`);
  });

  test("change with the cookie, again without it", async () => {
    const first = (await surveyAction(await args(member, "/survey", { body: { survey: "mood", score: "4" } }))) as Response;
    const cookie = editCookie(first);

    const changed = (await surveyAction(await args(member, "/survey", { body: { survey: "mood", score: "2" }, headers: { Cookie: cookie } }))) as Response;
    const again = (await surveyAction(await args(member, "/survey", { body: { survey: "mood", score: "5" } }))) as Response;

    expect(changed.headers.get("Location")).toBe("/survey?survey=updated");
    expect(again.headers.get("Location")).toBe("/survey?survey=already_answered");
    expect(await db.selectFrom("mood_answers").select("score").execute()).toEqual([{ score: 2 }]);
    const page = await surveyLoader(await args(member, "/survey", { headers: { Cookie: cookie } }));
    expect(page.mood).toMatchObject({ answered: true, ownAnswer: { score: 2 } });
  });

  test("invalid score names field and value", async () => {
    const result = await surveyAction(await args(member, "/survey", { body: { survey: "mood", score: "9" } }));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.score).toBe('Score: "9" is geen geldige keuze. Kies een score van 1 tot en met 5.');
    expect(await db.selectFrom("mood_answers").select("id").execute()).toEqual([]);
  });

  test("redirect stays on this site", async () => {
    const response = (await surveyAction(await args(member, "/survey", { body: { survey: "mood", score: "3", redirectTo: "//evil.example/" } }))) as Response;

    expect(response.headers.get("Location")).toBe("/survey?survey=created");
  });

  test("dashboard asks until answered", async () => {
    const before = await dashboardLoader(await args(member, "/"));
    await surveyAction(await args(member, "/survey", { body: { survey: "mood", score: "3" } }));
    const after = await dashboardLoader(await args(member, "/"));

    if (!("survey" in before) || !("survey" in after)) throw new Error("the dashboard loader returned status 400");
    expect(before.survey.mood.answered).toBe(false);
    expect(after.survey.mood.answered).toBe(true);
  });
});

describe("mood views", () => {
  beforeEach(async () => {
    // W48: east 3 answers (hidden), west 12 (hidden too: 15 − 12 would give east away).
    await answers("2026-W48", east, [1, 1, 2], "Te druk");
    await answers("2026-W48", west, [4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5], "Goed team");
    // W49 has not ended: never shown.
    await answers("2026-W49", west, [1, 1, 1, 1, 1, 1]);
  });

  test("admin sees the department, not its teams", async () => {
    const page = await moodLoader(await args(admin, "/mood?quarter=2026-Q4"));
    const report = reportOf(page);

    expect(report.cells.map((c) => [c.teamId, c.week, c.responses])).toEqual([
      [company, "2026-W48", 15],
      [sales, "2026-W48", 15],
    ]);
    const salesSummary = report.summaries.find((summary) => summary.teamId === sales);
    expect(salesSummary?.comments).toEqual(["Goed team", "Goed team", "Goed team", "Goed team", "Goed team", "Goed team", "Goed team", "Goed team", "Goed team", "Goed team", "Goed team", "Goed team", "Te druk", "Te druk", "Te druk"]);
    expect(JSON.stringify(page)).not.toContain("2026-W49\",\"responses");
  });

  test("lead of a hidden team sees nothing of it", async () => {
    const page = await moodLoader(await args(lead, "/mood?quarter=2026-Q4"));
    const report = reportOf(page);

    expect(report.teams.map((team) => team.id)).toEqual([east]);
    expect(report.cells).toEqual([]);
    expect(report.summaries).toEqual([]);
  });

  test("member gets 403", async () => {
    const thrown = await moodLoader(await args(member, "/mood")).catch((error: unknown) => error);

    expect((thrown as Response).status).toBe(403);
  });

  test("Dutch export, shown cells only", async () => {
    const response = (await exportLoader(await args(admin, "/mood/export?quarter=2026-Q4"))) as Response;
    // Response.text() drops a byte order mark, so the bytes are decoded with it kept.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());

    expect(response.headers.get("Content-Type")).toContain("text/csv");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="mood-2026-Q4.csv"');
    expect(text.startsWith("\uFEFF")).toBe(true);
    // Participation is answers over people: the fixture's answers come from 15 made-up people, but
    // the company has 3 people and sales 2.
    expect(text.slice(1).trim().split("\r\n")).toEqual([
      "vragenlijst;team;periode;antwoorden;waarde;deelname (fractie)",
      "stemming;company;2026-W48;15;3,8667;5",
      "stemming;sales;2026-W48;15;3,8667;7,5",
    ]);
  });

  test("export in English with commas and decimal points, without byte order mark", async () => {
    const response = (await exportLoader(await args(admin, "/mood/export?quarter=2026-Q4", { headers: { Cookie: ENGLISH } }))) as Response;
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());

    expect(text.startsWith("\uFEFF")).toBe(false);
    expect(text.trim().split("\r\n")).toEqual([
      "survey,team,period,answers,value,participation (fraction)",
      "mood,company,2026-W48,15,3.8667,5",
      "mood,sales,2026-W48,15,3.8667,7.5",
    ]);
  });
});

describe("threshold", () => {
  test("admin sets it with an audit entry", async () => {
    const response = (await participationAction(await args(admin, "/mood/participation", { body: { threshold: "7" } }))) as Response;

    expect(response.headers.get("Location")).toBe("/mood/participation?saved=7");
    expect((await getSettings(db)).surveyThreshold).toBe(7);
    const audit = await db.selectFrom("audit_entries").select(["entity", "old_value", "new_value"]).where("entity", "=", "setting").execute();
    expect(audit).toEqual([{ entity: "setting", old_value: '{"surveyThreshold":5}', new_value: '{"surveyThreshold":7}' }]);
  });

  test("below 3 is rejected", async () => {
    const result = await participationAction(await args(admin, "/mood/participation", { body: { threshold: "2" } }));

    const body = dataWithStatus<InvalidFormData>(result, 400);
    expect(body.errors.threshold).toBe('Drempel: "2" kan niet. Kies een heel getal van 3 tot en met 100.');
    expect((await getSettings(db)).surveyThreshold).toBe(5);
  });
});
