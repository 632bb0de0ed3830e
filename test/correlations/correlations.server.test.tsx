import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { CorrelationView } from "~/components/correlation-view";
import { parseCorrelationQuery } from "~/correlations/correlation-query";
import { loadCorrelation } from "~/correlations/correlations.server";
import { type SnapshotInput, writeSnapshots } from "~/kpi/snapshots.server";
import { loader } from "~/routes/correlations";
import { createPersonWithRole, signedInRequest } from "../support/auth";
import { createTestDatabase, testContext } from "../support/db";
import { renderPage, textOf } from "../routes/render";
import { dataWithStatus } from "../routes/requests";
import { type ReportSeed, seedReports } from "../routes/report-seed";

let db: Kysely<Database>;
let seed: ReportSeed;

// Monthly hours of Delivery, 2017-01 to 2017-10. Billability = billable / worked; the deals of the
// seed are Sales's, so the hit rate of Delivery has no value.
const WORKED = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100];
const BILLABLE = [50, 60, 55, 70, 65, 80, 75, 90, 85, 95];
const INVOICED = [5000, 6000, 5500, 7000, 6500, 8000, 7500, 9000, 8500, 9500];

beforeAll(async () => {
  db = await createTestDatabase();
  seed = await seedReports(db);
  const metricId = async (key: string) => (await db.selectFrom("metrics").select("id").where("key", "=", key).executeTakeFirstOrThrow()).id;
  const rows: SnapshotInput[] = [];
  for (const [key, values] of [["worked_hours", WORKED], ["billable_hours", BILLABLE], ["invoiced_amount", INVOICED]] as const) {
    const id = await metricId(key);
    values.forEach((value, i) => {
      const month = String(i + 1).padStart(2, "0");
      const end = new Date(Date.UTC(2017, i + 1, 0)).toISOString().slice(0, 10);
      rows.push({ metricId: id, teamId: seed.deliveryId, periodStart: `2017-${month}-01`, periodEnd: end, value });
    });
  }
  await writeSnapshots(db, rows, { source: "manual", actorId: seed.adminId, now: new Date("2017-11-01T09:00:00Z") });
});

const query = (search: string) => parseCorrelationQuery(new URL(`http://localhost/correlations?${search}`)).query;
const load = (search: string) => loadCorrelation(db, { personId: seed.adminId, role: "admin" }, { query: query(search), today: "2026-12-04" });

describe("loadCorrelation", () => {
  test("billability against invoiced amount per month", async () => {
    const report = await load("a=billability&b=productivity&team=delivery&from=2017-01-01&to=2017-10-31");
    expect(report.result).not.toBeNull();
    const { series, lags } = report.result!;
    expect(series).toHaveLength(10);
    expect(series[0]).toEqual({ period: "2017-01", a: 50, b: 50 });
    expect(lags.map((lag) => lag.pairs.length)).toEqual([10, 9, 8, 7]);
  });

  test("a KPI against itself shifted: r by lag", async () => {
    const report = await load("a=billability&b=billability&team=delivery&from=2017-01-01&to=2017-10-31");
    const [lag0, lag1] = report.result!.lags;
    expect(lag0.result.r).toBeCloseTo(1, 10);
    expect(lag0.reading).toEqual({ strength: "strong", sign: "positive" });
    // Hand-worked: A = 50,60,55,70,65,80,75,90,85 against B = 60,55,70,65,80,75,90,85,95.
    // Both means are 70 and 76.67: Σdadb = 1125, Σda² = 1500, Σdb² = 1500, so r = 1125 / 1500 = 0.75.
    expect(lag1.result.r).toBeCloseTo(0.75, 10);
    expect(lag1.reading).toEqual({ strength: "strong", sign: "positive" });
  });

  test("periods without a value are skipped", async () => {
    const report = await load("a=billability&b=billability&team=delivery&from=2016-11-01&to=2017-10-31");
    expect(report.result!.series).toHaveLength(12);
    expect(report.result!.series[0]).toEqual({ period: "2016-11", a: null, b: null });
    expect(report.result!.lags[0].pairs).toHaveLength(10);
  });

  test("no KPI chosen gives no result and the company as team", async () => {
    const report = await load("");
    expect(report.result).toBeNull();
    expect(report.query.teamKey).toBe("acme");
  });

  test("unknown KPI and team are field errors", async () => {
    const report = await load("a=nope&b=billability&team=ghost");
    expect(report.errors.a).toEqual({ code: "unknown_kpi", params: { value: "nope" } });
    expect(report.errors.team).toEqual({ code: "unknown_team", params: { value: "ghost" } });
    expect(report.result).toBeNull();
  });
});

describe("correlations page", () => {
  test("a member sees r, the warning and the scatter plot", async () => {
    const member = await createPersonWithRole(db, "member", { teamId: seed.deliveryId });
    const request = await signedInRequest(db, member, "/correlations?a=billability&b=billability&team=delivery&from=2017-05-01&to=2017-10-31&lag=1");
    const result = (await loader({ request, context: testContext(db), params: {} })) as { report: Awaited<ReturnType<typeof load>> };
    const html = await renderPage(<CorrelationView report={result.report} />, "nl");
    const text = textOf(html);
    expect(text).toContain("Spreidingsdiagram bij verschuiving 1");
    expect(text).toContain("Maar 6 paren bij verschuiving 0: met minder dan 8 paren zegt r weinig.");
    expect(text).toContain("sterk positief");
    expect(html.match(/<circle/g)?.length).toBe(5);
  });

  test("invalid parameters answer 400 with the default view", async () => {
    const request = await signedInRequest(db, seed.adminId, "/correlations?a=billability&b=billability&interval=day&lag=7");
    const body = dataWithStatus<{ report: Awaited<ReturnType<typeof load>> }>(await loader({ request, context: testContext(db), params: {} }), 400);
    expect(Object.keys(body.report.errors).sort()).toEqual(["interval", "lag"]);
    expect(body.report.query.interval).toBe("month");
  });
});
