import type { Kysely } from "kysely";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../../db/schema";
import { KeyResultView, loader as keyResultLoader } from "~/routes/key-results.$keyResultId._index";
import { action as quartersAction, loader as quartersLoader } from "~/routes/quarters._index";
import { closeQuarter } from "~/quarters/quarters.server";
import { CheckInSection } from "~/checkins/components/check-in-section";
import { recordCheckIn } from "~/checkins/checkins.server";
import { DashboardView, loader as dashboardLoader } from "~/routes/_index";
import { renderPage, textOf } from "../routes/render";
import { ENGLISH, dataWithStatus, get, post, redirectLocation } from "../routes/requests";
import { NOW, type QuarterSeed, TODAY, seedQuarter, writeMonthlyHours } from "./seed";
import { createPersonWithRole, signedInRequest } from "../support/auth";
import { createTestDatabase, testContext } from "../support/db";

let db: Kysely<Database>;
let seed: QuarterSeed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedQuarter(db);
  await writeMonthlyHours(db, seed, { "2026-07": 20, "2026-08": 20, "2026-09": 20 });
});

async function keyResultText(now?: Date) {
  const args = get(db, `/key-results/${seed.keyResultId}`, { keyResultId: String(seed.keyResultId) }, ENGLISH);
  const page = (await keyResultLoader(now ? { ...args, context: testContext(db, now) } : args)) as Awaited<ReturnType<typeof keyResultLoader>>;
  return { page, text: textOf(await renderPage(<KeyResultView report={page.report} canEdit />, "en")) };
}

async function checkInText(page: Awaited<ReturnType<typeof keyResultLoader>>) {
  return textOf(await renderPage(<CheckInSection keyResultId={seed.keyResultId} {...page.checkIns} />, "en"));
}

describe("key result page", () => {
  test("running quarter: pace and forecast", async () => {
    const { page, text } = await keyResultText(new Date("2026-09-20T12:00:00Z"));
    // 20 September is day 82 of 92: expected 0.7 × 82/92 = 0.6239; 40 hours by then is at risk.
    expect(text).toContain("Pace at risk");
    // Monthly values count by their middle day, so the quarter-to-date sum rises 20 per month.
    expect(text).toMatch(/Forecast \d\.\d\d at quarter end/);
    expect(text).not.toContain("Stale inputs");
    expect(page.report.chart.scoreLines.map((line) => line.id)).toEqual(["score", "norm", "expected"]);
  });

  test("finished quarter: no pace, no forecast, stale as of its last day", async () => {
    // On 4 December Q3 is over: its score is final. September ends on the quarter's last day, so
    // no input is stale, although it is 65 days old on 4 December.
    const { text } = await keyResultText();
    expect(text).toContain("Score");
    expect(text).not.toContain("Pace");
    expect(text).not.toContain("Forecast");
    expect(text).not.toContain("Stale inputs");

    // Without August and September, July ends 61 days before 30 September (45 allowed): stale.
    await db.deleteFrom("metric_snapshots").where("period_start", ">=", "2026-08-01").execute();
    expect((await keyResultText()).text).toContain("Stale inputs stale test_hours");
  });

  test("closed quarter hides edit links and the check-in form", async () => {
    const open = await keyResultText();
    expect(await checkInText(open.page)).toContain("Record check-in");

    await closeQuarter(db, seed.actor, "2026-Q3", { today: TODAY, now: NOW });
    const { text, page } = await keyResultText();
    expect(text).toContain("2026-Q3 is closed: these scores are frozen as of 30/09/2026");
    expect(page.report.outlook.closed).toBe(true);
    const html = await renderPage(<KeyResultView report={page.report} canEdit />, "en");
    expect(html).not.toContain(`/key-results/${seed.keyResultId}/edit`);
    const checkIns = await checkInText(page);
    expect(checkIns).toContain("2026-Q3 is closed, so no more check-ins can be added.");
    expect(checkIns).not.toContain("Record check-in");
  });

  test("a remark on a KPI key result shows no grade", async () => {
    const result = await recordCheckIn(db, seed.actor, seed.keyResultId, { value: null, confidence: 6, comment: "Slow summer" }, new Date("2026-09-20T12:00:00Z"));
    expect(result?.ok).toBe(true);
    const { page } = await keyResultText();
    const html = await renderPage(<CheckInSection keyResultId={seed.keyResultId} {...page.checkIns} />, "en");
    expect(textOf(html)).toContain("20/09/2026 Anna Admin — 6 /10 Slow summer");
    expect(html).toContain('title="no grade: a remark on the computed value"');
  });
});

describe("dashboard of a quarter", () => {
  async function dashboardText(cookie?: string) {
    const args = get(db, "/?quarter=2026-Q3", {}, ENGLISH);
    if (cookie) args.request = new Request(args.request.url, { headers: { Cookie: cookie } });
    const page = (await dashboardLoader(args)) as Awaited<ReturnType<typeof dashboardLoader>>;
    if (!("report" in page)) throw new Error("the dashboard loader failed");
    return textOf(await renderPage(<DashboardView report={page.report} errors={page.errors} canCreate={page.canCreate} />, "en"));
  }

  test("new objective link for an admin: open quarter yes, closed quarter no", async () => {
    expect(await dashboardText()).toContain("New objective for 2026-Q3");
    await closeQuarter(db, seed.actor, "2026-Q3", { today: TODAY, now: NOW });
    expect(await dashboardText()).not.toContain("New objective");
  });

  test("new objective link for a member: no", async () => {
    const member = await createPersonWithRole(db, "member", { teamId: seed.salesId });
    const request = await signedInRequest(db, member, "/?quarter=2026-Q3", { headers: { Cookie: ENGLISH } });
    expect(await dashboardText(request.headers.get("Cookie") ?? "")).not.toContain("New objective");
  });
});

describe("quarters page", () => {
  test("close and reopen", async () => {
    const closed = redirectLocation(await quartersAction(post(db, "/quarters", { intent: "close", quarter: "2026-Q3" })));
    expect(closed).toBe("/quarters?done=closed&quarter=2026-Q3&count=2");

    const page = await quartersLoader(get(db, closed, {}, ENGLISH));
    expect(page.quarters.map((row) => [row.quarter, row.status])).toEqual([["2026-Q3", "closed"]]);
    expect(page.done).toEqual({ done: "closed", quarter: "2026-Q3", count: 2 });

    const reopened = redirectLocation(await quartersAction(post(db, "/quarters", { intent: "reopen", quarter: "2026-Q3", reason: "late invoices" })));
    expect(reopened).toBe("/quarters?done=reopened&quarter=2026-Q3&count=0");
  });

  test("reopen without reason is 400", async () => {
    await closeQuarter(db, seed.actor, "2026-Q3", { today: TODAY, now: NOW });
    const result = dataWithStatus<{ error: string }>(
      await quartersAction(post(db, "/quarters", { intent: "reopen", quarter: "2026-Q3", reason: " " }, {}, ENGLISH)),
      400,
    );
    expect(result.error).toBe('Reason is missing: say why 2026-Q3 is reopened, for example "invoices of September arrived late".');
  });

  test("closing an open quarter early is 409", async () => {
    const result = dataWithStatus<{ error: string }>(await quartersAction(post(db, "/quarters", { intent: "close", quarter: "2026-Q4" }, {}, ENGLISH)), 409);
    expect(result.error).toBe("2026-Q4 runs until 31/12/2026. Close it after that day, when all its values are in.");
  });
});
