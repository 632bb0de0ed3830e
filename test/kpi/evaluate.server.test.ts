import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { getKpiByKey } from "~/kpi/catalog.server";
import { loadKpiEvaluator } from "~/kpi/evaluate.server";
import { kpiSeries } from "~/kpi/series.server";
import { type SnapshotInput, writeSnapshots } from "~/kpi/snapshots.server";
import type { KpiDefinition } from "~/kpi/types";
import { createTestDatabase } from "../support/db";

const Q1 = { start: "2026-01-01", end: "2026-03-31" };
const NOW = new Date("2026-04-02T08:00:00Z");

let db: Kysely<Database>;
let company: number;
let sales: number;
let delivery: number;
let metricIds: Map<string, number>;

async function addTeam(key: string, parentId: number | null): Promise<number> {
  const row = await db.insertInto("teams").values({ key, name: key, parent_id: parentId }).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** Write snapshots given as [metric, team, period start, period end, value]. */
async function write(rows: [string, number, string, string, number][]) {
  const inputs: SnapshotInput[] = rows.map(([metric, teamId, periodStart, periodEnd, value]) => {
    const metricId = metricIds.get(metric);
    if (metricId === undefined) throw new Error(`unknown metric ${metric}`);
    return { metricId, teamId, periodStart, periodEnd, value };
  });
  await writeSnapshots(db, inputs, { source: "manual", actorId: null, now: NOW });
}

async function kpi(key: string): Promise<KpiDefinition> {
  const found = await getKpiByKey(db, key);
  if (!found) throw new Error(`no KPI ${key}`);
  return found;
}

beforeEach(async () => {
  db = await createTestDatabase();
  company = await addTeam("company", null);
  sales = await addTeam("sales", company);
  delivery = await addTeam("delivery", company);
  const metrics = await db.selectFrom("metrics").select(["id", "key"]).execute();
  metricIds = new Map(metrics.map((m) => [m.key, m.id]));

  await write([
    // Weeks 2026-W02 (January), W06 (February) and W14 (30 March to 5 April, Thursday 2 April: Q2).
    ["deals_won", sales, "2026-01-05", "2026-01-11", 2],
    ["deals_lost", sales, "2026-01-05", "2026-01-11", 2],
    ["deals_won", sales, "2026-02-02", "2026-02-08", 3],
    ["deals_lost", sales, "2026-02-02", "2026-02-08", 1],
    ["deals_won", sales, "2026-03-30", "2026-04-05", 9],
    ["deals_won", delivery, "2026-02-02", "2026-02-08", 1],
    ["deals_lost", delivery, "2026-02-02", "2026-02-08", 3],
    // Customers: a stock, counted on the day it was measured.
    ["customers", company, "2025-06-30", "2025-06-30", 150],
    ["customers", company, "2025-12-31", "2025-12-31", 200],
    ["customers", company, "2026-03-31", "2026-03-31", 230],
    ["customers_lost", company, "2026-01-01", "2026-03-31", 10],
    // Headcount known only from last year.
    ["headcount", delivery, "2025-09-30", "2025-09-30", 12],
  ]);
});

afterEach(async () => {
  await db.destroy();
});

describe("loadKpiEvaluator", () => {
  test("hit rate rolls up to the company", async () => {
    const evaluator = await loadKpiEvaluator(db, Q1);
    // company: won 2 + 3 + 1 = 6, lost 2 + 1 + 3 = 6; the week of 2 April counts in Q2
    expect(evaluator.evaluate(await kpi("hit_rate"), company, Q1).value).toBe(0.5);
    // sales: 5 won of 8 closed
    expect(evaluator.evaluate(await kpi("hit_rate"), sales, Q1).value).toBe(0.625);
  });

  test("churn reads customers from before the range", async () => {
    const evaluator = await loadKpiEvaluator(db, Q1);
    const result = evaluator.evaluate(await kpi("churn_rate"), company, Q1);
    expect(result.value).toBeCloseTo(0.05, 10);
    expect(result.inputs).toEqual([
      { metric: "customers_lost", aggregate: "sum", value: 10, window: Q1 },
      { metric: "customers", aggregate: "first", value: 200, window: Q1 },
    ]);
  });

  test("stock carried in from an older snapshot", async () => {
    const evaluator = await loadKpiEvaluator(db, Q1);
    const headcount: KpiDefinition = { key: "hc", formula: "headcount", unit: "count", direction: "context", params: [] };
    expect(evaluator.evaluate(headcount, company, Q1).value).toBe(12);
  });

  test("windows inside the range", async () => {
    const evaluator = await loadKpiEvaluator(db, Q1);
    const deals: KpiDefinition = { key: "deals", formula: "deals_won", unit: "count", direction: "higher", params: [] };
    expect(evaluator.evaluate(deals, company, { start: "2026-02-01", end: "2026-02-28" }).value).toBe(4);
    expect(evaluator.evaluate(deals, sales, { start: "2026-01-01", end: "2026-01-31" }).value).toBe(2);
  });

  test("metric keys limit what is loaded", async () => {
    const evaluator = await loadKpiEvaluator(db, Q1, { metricKeys: ["deals_won"] });
    const result = evaluator.evaluate(await kpi("hit_rate"), company, Q1);
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: "no_snapshots", metric: "deals_lost", window: Q1 });
  });

  test("2026-W53 counts in 2026-Q4", async () => {
    await write([["deals_won", sales, "2026-12-28", "2027-01-03", 4]]);
    const deals: KpiDefinition = { key: "deals", formula: "deals_won", unit: "count", direction: "higher", params: [] };
    const q4 = { start: "2026-10-01", end: "2026-12-31" };
    const q1Next = { start: "2027-01-01", end: "2027-03-31" };
    const evaluator = await loadKpiEvaluator(db, { start: q4.start, end: q1Next.end });
    expect(evaluator.evaluate(deals, company, q4).value).toBe(4);
    expect(evaluator.evaluate(deals, company, q1Next).value).toBeNull();
  });
});

describe("kpiSeries", () => {
  test("hit rate per month in percent", async () => {
    const series = await kpiSeries(db, { kpi: await kpi("hit_rate"), teamIds: [company, sales], from: Q1.start, to: Q1.end, interval: "month" });

    expect(series.get(company)?.map((point) => [point.period, point.value])).toEqual([
      ["2026-01", 50],
      ["2026-02", 50],
      ["2026-03", null],
    ]);
    expect(series.get(sales)?.map((point) => point.value)).toEqual([50, 75, null]);
    expect(series.get(sales)?.[2].reason).toEqual({
      code: "no_snapshots",
      metric: "deals_won",
      window: { start: "2026-03-01", end: "2026-03-31" },
    });
  });

  test("churn per quarter", async () => {
    const series = await kpiSeries(db, { kpi: await kpi("churn_rate"), teamIds: [company], from: "2026-01-01", to: "2026-03-31", interval: "quarter" });
    expect(series.get(company)).toEqual([
      { period: "2026-Q1", window: Q1, value: 5, reason: null },
    ]);
  });

  test("empty range gives empty series", async () => {
    const series = await kpiSeries(db, { kpi: await kpi("hit_rate"), teamIds: [company], from: "2026-03-01", to: "2026-02-01", interval: "week" });
    expect(series.get(company)).toEqual([]);
  });
});
