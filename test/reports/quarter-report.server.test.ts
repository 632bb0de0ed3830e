import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { loadQuarterReport } from "~/reports/quarter-report.server";
import { loader } from "~/routes/reports.$quarter";
import { createTestDatabase, testContext } from "../support/db";
import { createPersonWithRole, signedInRequest } from "../support/auth";
import { type ReportSeed, seedReports } from "../routes/report-seed";

const TODAY = "2026-12-04";
let db: Kysely<Database>;
let seed: ReportSeed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedReports(db);
});

const actor = () => ({ personId: seed.adminId, role: "admin" as const });
const titles = (movers: { title: string }[]) => movers.map((m) => m.title);

describe("loadQuarterReport", () => {
  test("company and team scores, success rates and colours", async () => {
    const report = await loadQuarterReport(db, actor(), { quarter: "2017-Q4", today: TODAY });
    expect(report.company.score).toBe(0.7);
    expect(report.company.successRate).toBe(0.5);
    // Counted key results: hit rate 0.5 (amber), milestone 0.9 (green), sales at least 1 (green), NPS 0 (red).
    expect(report.company.colours).toEqual({ green: 2, amber: 1, red: 1 });
    expect(report.teams.map((team) => [team.name, team.score, team.colours])).toEqual([
      ["Delivery", 0, { green: 0, amber: 0, red: 1 }],
      ["Sales", 1, { green: 1, amber: 0, red: 0 }],
    ]);
    expect(report.closed).toBe(false);
  });

  test("movers start at the quarter's first Sunday without score snapshots", async () => {
    // 2017-10-01 is a Sunday: the deal snapshots are monthly, so no KPI has a value yet that day.
    const report = await loadQuarterReport(db, actor(), { quarter: "2017-Q4", today: TODAY });
    expect(report.company.movers.map((m) => [m.title, m.start.asOf, m.start.score, m.end.score, m.scoreChange])).toEqual([
      ["Keep the hit rate up", "2017-10-01", 0, 1, 1],
      ["Raise the hit rate", "2017-10-01", 0, 0.5, 0.5],
    ]);
    expect(titles(report.teams.find((team) => team.name === "Sales")!.movers)).toEqual(["Keep the hit rate up"]);
    expect(report.teams.find((team) => team.name === "Delivery")!.movers).toEqual([]);
  });

  test("movers start at the earliest recorded score snapshot", async () => {
    await db
      .insertInto("score_snapshots")
      .values([
        { key_result_id: seed.hitRateKeyResultId, as_of: "2017-11-15", value: 36, progress: 0.3, score: 0.3, computed_at: "2017-11-15T12:00:00Z" },
        { key_result_id: seed.hitRateKeyResultId, as_of: "2017-12-01", value: 38, progress: 0.4, score: 0.4, computed_at: "2017-12-01T12:00:00Z" },
        // Before the quarter: not a start point of 2017-Q4.
        { key_result_id: seed.hitRateKeyResultId, as_of: "2017-09-30", value: 20, progress: -0.5, score: 0, computed_at: "2017-09-30T12:00:00Z" },
      ])
      .execute();
    const report = await loadQuarterReport(db, actor(), { quarter: "2017-Q4", today: TODAY });
    const hitRate = report.company.movers.find((m) => m.keyResultId === seed.hitRateKeyResultId)!;
    expect(hitRate.start).toEqual({ asOf: "2017-11-15", score: 0.3, progress: 0.3 });
    expect(hitRate.scoreChange).toBe(0.2);
    expect(hitRate.progressChange).toBe(0.2);
  });

  test("calibration over closed quarters up to the report's quarter", async () => {
    await db.insertInto("quarters").values({ period: "2017-Q4", status: "closed", closed_at: "2018-01-02T09:00:00Z", closed_by: seed.adminId }).execute();
    const report = await loadQuarterReport(db, actor(), { quarter: "2018-Q1", today: TODAY });
    expect(report.company.calibration).toEqual({ average: 0.7, quarters: ["2017-Q4"], verdict: "fine" });
    // In 2018-Q1 no team has key results, so the team sections are empty; check 2017-Q4 itself.
    const closedReport = await loadQuarterReport(db, actor(), { quarter: "2017-Q4", today: TODAY });
    expect(closedReport.closed).toBe(true);
    const verdicts = closedReport.teams.map((team) => [team.name, team.calibration.average, team.calibration.verdict]);
    expect(verdicts).toEqual([
      ["Delivery", 0, "out_of_reach"],
      ["Sales", 1, "too_easy"],
    ]);
  });

  test("a reopened quarter does not count", async () => {
    await db.insertInto("quarters").values({ period: "2017-Q4", status: "open", closed_at: "2018-01-02T09:00:00Z", closed_by: seed.adminId }).execute();
    const report = await loadQuarterReport(db, actor(), { quarter: "2018-Q1", today: TODAY });
    expect(report.company.calibration.verdict).toBeNull();
  });
});

describe("reports.$quarter loader", () => {
  test("a member reads the report", async () => {
    const member = await createPersonWithRole(db, "member", { teamId: seed.salesId });
    const request = await signedInRequest(db, member, "/reports/2017-Q4");
    const result = await loader({ request, context: testContext(db), params: { quarter: "2017-Q4" } });
    expect((result as { report: { quarter: string } }).report.quarter).toBe("2017-Q4");
  });

  test("an invalid quarter is not found", async () => {
    const request = await signedInRequest(db, seed.adminId, "/reports/2017-Q5");
    const thrown = await loader({ request, context: testContext(db), params: { quarter: "2017-Q5" } }).catch((error: unknown) => error);
    expect((thrown as Response).status).toBe(404);
  });

  test("the quarter picker's ?quarter= redirects to the path", async () => {
    const request = await signedInRequest(db, seed.adminId, "/reports/2017-Q4?quarter=2018-Q1");
    const result = (await loader({ request, context: testContext(db), params: { quarter: "2017-Q4" } })) as Response;
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/reports/2018-Q1");
  });
});
