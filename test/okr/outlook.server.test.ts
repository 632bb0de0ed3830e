import type { Kysely } from "kysely";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../../db/schema";
import { writeSnapshots } from "~/kpi/snapshots.server";
import { loadPageOutlook } from "~/okr/page-outlook.server";
import { scoreQuarter } from "~/okr/scores.server";
import { closeQuarter } from "~/quarters/quarters.server";
import { NOW, type QuarterSeed, seedQuarter } from "../quarters/seed";
import { createTestDatabase } from "../support/db";

let db: Kysely<Database>;
let seed: QuarterSeed;

// 10 hours in each ISO week 2026-W27 (29 June to 5 July) to 2026-W32 (3 to 9 August).
const WEEKS = ["2026-06-29", "2026-07-06", "2026-07-13", "2026-07-20", "2026-07-27", "2026-08-03"];

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedQuarter(db);
  await db.updateTable("key_results").set({ target: 200 }).where("id", "=", seed.keyResultId).execute();
  const rows = WEEKS.map((monday) => {
    const sunday = new Date(Date.parse(monday) + 6 * 86_400_000).toISOString().slice(0, 10);
    return { metricId: seed.flowMetricId, teamId: seed.salesId, periodStart: monday, periodEnd: sunday, value: 10 };
  });
  await writeSnapshots(db, rows, { source: "manual", actorId: null, now: NOW });
});

async function outlookOn(today: string) {
  const scores = await scoreQuarter(db, { quarter: "2026-Q3", today });
  return loadPageOutlook(db, scores, today);
}

describe("loadPageOutlook", () => {
  test("pace halfway through Q3", async () => {
    // 1 July to 15 August is 46 of 92 days: expected 0.7 × 0.5 = 0.35, half of it 0.175.
    const { outlooks } = await outlookOn("2026-08-15");
    // 60 hours = 60% of a target of 200%: score 0.3, below 0.35 but above 0.175.
    expect(outlooks[seed.keyResultId].pace).toEqual({ elapsedShare: 0.5, expectedScore: 0.35, status: "at_risk" });
    expect(outlooks[seed.milestoneId].pace.status).toBe("at_risk");
  });

  test("forecast from weekly values", async () => {
    // Quarter-to-date values as of each Sunday and 15 August, x in days since 1 July:
    // (4, 10) (11, 20) (18, 30) (25, 40) (32, 50) (39, 60) (45, 60). Sxy = 12100/7, Sxx = 9316/7,
    // slope 3025/2329 = 1.29884, intercept 6.28596; at 30 September (x = 91): 124.4805.
    const { outlooks } = await outlookOn("2026-08-15");
    const forecast = outlooks[seed.keyResultId].forecast;
    expect(forecast.status).toBe("forecast");
    if (forecast.status !== "forecast") return;
    expect(forecast.value).toBeCloseTo(124.480464, 5);
    expect(forecast.points).toBe(7);
    expect(forecast.score).toBe(0.6224);
    expect(outlooks[seed.milestoneId].forecast).toEqual({ status: "not_applicable" });
  });

  test("two weeks are not enough data", async () => {
    // Sundays 5 and 12 July only.
    const { outlooks } = await outlookOn("2026-07-12");
    expect(outlooks[seed.keyResultId].forecast).toEqual({ status: "not_enough_data", points: 2 });
  });

  test("stale inputs on the key result", async () => {
    // The last week ends 9 August; on 15 October it is 67 days old, 14 allowed.
    const { staleInputs } = await outlookOn("2026-10-15");
    expect(staleInputs[seed.keyResultId]).toEqual([{ metricKey: "test_hours", teamId: seed.salesId, lastEnd: "2026-08-09", allowedDays: 14 }]);
    expect(staleInputs[seed.milestoneId]).toBeUndefined();
  });

  test.each([
    ["2026-06-30", "the day before the quarter"],
    ["2026-10-01", "the day after the quarter"],
    ["2026-12-04", "months after the quarter"],
  ])("no pace and no forecast on %s, %s", async (today) => {
    expect((await outlookOn(today)).outlooks).toEqual({});
  });

  test("pace and forecast on the quarter's first and last day", async () => {
    expect((await outlookOn("2026-07-01")).outlooks[seed.keyResultId].pace.elapsedShare).toBe(1 / 92);
    const last = (await outlookOn("2026-09-30")).outlooks[seed.keyResultId];
    expect(last.pace.elapsedShare).toBe(1);
    expect(last.forecast.status).toBe("forecast");
  });

  test("a finished quarter's inputs are judged stale as of its last day", async () => {
    // A last week ending 20 September is 10 days old on 30 September (14 allowed): fresh, even on 4 December.
    await writeSnapshots(db, [{ metricId: seed.flowMetricId, teamId: seed.salesId, periodStart: "2026-09-14", periodEnd: "2026-09-20", value: 10 }], {
      source: "manual",
      actorId: null,
      now: NOW,
    });
    expect((await outlookOn("2026-12-04")).staleInputs).toEqual({});
    // A last week ending 13 September is 17 days old on 30 September: stale.
    await db.deleteFrom("metric_snapshots").where("period_end", "=", "2026-09-20").execute();
    await writeSnapshots(db, [{ metricId: seed.flowMetricId, teamId: seed.salesId, periodStart: "2026-09-07", periodEnd: "2026-09-13", value: 10 }], {
      source: "manual",
      actorId: null,
      now: NOW,
    });
    expect((await outlookOn("2026-12-04")).staleInputs[seed.keyResultId]).toEqual([
      { metricKey: "test_hours", teamId: seed.salesId, lastEnd: "2026-09-13", allowedDays: 14 },
    ]);
  });

  test("closed flag", async () => {
    expect((await outlookOn("2026-12-04")).closed).toBe(false);
    await closeQuarter(db, seed.actor, "2026-Q3", { today: "2026-12-04", now: NOW });
    expect((await outlookOn("2026-12-04")).closed).toBe(true);
  });
});
