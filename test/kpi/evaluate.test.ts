import { CATALOG_KPIS, catalogMetricKinds, findCatalogKpi } from "~/kpi/catalog";
import { fromDisplayUnit, resolveParams, toDisplayUnit } from "~/kpi/evaluate";
import type { KpiDefinition } from "~/kpi/types";
import { evaluatorOf, Q1, snapshot } from "./store-fixture";

/** A metric's value in Q1 2026: one number (a flow on 15 February, a stock on 15 March) or dated values. */
type Inputs = Record<string, number | [string, number][]>;

const kinds = catalogMetricKinds();

function snapshotsOf(inputs: Inputs, teamId = 1) {
  return Object.entries(inputs).flatMap(([metric, value]) => {
    if (typeof value !== "number") return value.map(([date, v]) => snapshot(metric, teamId, date, v));
    return [snapshot(metric, teamId, kinds.get(metric) === "stock" ? "2026-03-15" : "2026-02-15", value)];
  });
}

function kpi(key: string): KpiDefinition {
  const found = findCatalogKpi(key);
  if (!found) throw new Error(`no catalog KPI ${key}`);
  return found;
}

function valueOf(key: string, inputs: Inputs, params?: Record<string, number>) {
  return evaluatorOf(snapshotsOf(inputs)).evaluate(kpi(key), 1, Q1, params);
}

// Q1 2026 has 90 days and 3 months. Headcount 20 carried in from 2025, 30 from 15 February:
// 45 days of 20 and 45 days of 30 average 25.
const HEADCOUNT_AVG_25: [string, number][] = [
  ["2025-12-31", 20],
  ["2026-02-15", 30],
];

const cases: [string, Inputs, number][] = [
  ["billability", { billable_hours: 120, worked_hours: 160 }, 0.75],
  ["billing_rate", { billed_hours: 100, worked_hours: 160 }, 0.625],
  ["utilization", { invoiced_amount: 89_600, contract_hours: 1_600 }, 0.56],
  ["internal_share", { internal_productive_hours: 20, internal_unproductive_hours: 20, worked_hours: 160 }, 0.25],
  ["productivity", { invoiced_amount: 12_000, worked_hours: 160 }, 75],
  ["avg_hourly_rate", { invoiced_amount: 12_000, billed_hours: 100 }, 120],
  ["overtime_share", { overtime_hours: 8, worked_hours: 160 }, 0.05],
  ["nps", { nps_promoters: 50, nps_passives: 30, nps_detractors: 20 }, 30],
  ["project_nps", { project_nps_promoters: 10, project_nps_passives: 5, project_nps_detractors: 5 }, 25],
  ["services_per_customer", { services_taken: 300, customers: 120 }, 2.5],
  // (60,000 / 200) × (200 / 50) × (36 / 3) = 300 × 4 × 12
  ["clv", { transactions_value: 60_000, transactions: 200, purchasing_customers: 50 }, 14_400],
  ["repeat_purchase_rate", { repeat_customers: 15, purchasing_customers: 50 }, 0.3],
  ["churn_rate", { customers: [["2025-12-31", 200], ["2026-03-31", 150]], customers_lost: 10 }, 0.05],
  ["call_to_meeting_rate", { sales_meetings: 12, sales_calls: 80 }, 0.15],
  ["hit_rate", { deals_won: 12, deals_lost: 18 }, 0.4],
  ["hit_rate_value", { deals_won_value: 300_000, deals_lost_value: 200_000 }, 0.6],
  ["closing_rate", { deals_won: 12, quotes_sent: 48 }, 0.25],
  ["deals_closed", { deals_won: [["2026-01-10", 5], ["2026-03-10", 7]] }, 12],
  ["avg_deal_value", { deals_won_value: 300_000, deals_won: 12 }, 25_000],
  ["sales_cycle", { sales_cycle_days: 540, deals_won: 12 }, 45],
  ["pipeline_coverage", { weighted_pipeline_value: [["2026-01-31", 200_000], ["2026-03-20", 250_000]] }, 250_000],
  ["invoiced", { invoiced_amount: [["2026-01-15", 5_000], ["2026-02-15", 7_000], ["2026-04-15", 9_000]] }, 12_000],
  ["backlog", { unbilled_work_value: [["2026-01-31", 40_000], ["2026-03-20", 35_000], ["2026-04-01", 1]] }, 35_000],
  ["gross_margin", { revenue: 500_000, cost_of_sales: 150_000 }, 0.7],
  ["profit_margin", { revenue: 500_000, cost_of_sales: 150_000, salary_costs: 200_000, travel_costs: 10_000 }, 0.28],
  ["outsourcing_share", { outsourcing_costs: 50_000, revenue: 500_000 }, 0.1],
  ["salary_share", { salary_costs: 200_000, revenue: 500_000 }, 0.4],
  ["specialist_profit", { invoiced_amount: 250_000, salary_costs: 200_000, travel_costs: 10_000 }, 40_000],
  ["ebitda", { revenue: 500_000, cost_of_sales: 150_000, operating_expenses: 60_000, salary_costs: 200_000 }, 90_000],
  ["ebitda_pct", { revenue: 500_000, cost_of_sales: 150_000, operating_expenses: 60_000, salary_costs: 200_000 }, 0.18],
  ["revenue_per_employee", { revenue: 500_000, headcount: HEADCOUNT_AVG_25 }, 20_000],
  ["gross_margin_per_employee", { revenue: 500_000, cost_of_sales: 150_000, headcount: HEADCOUNT_AVG_25 }, 14_000],
  ["support_ratio", { support_headcount: 5, headcount: 25 }, 0.2],
  // 100,000 / 450,000 × 90 days
  ["dso", { open_invoices_amount: 100_000, revenue: 450_000 }, 20],
  ["enps", { enps_promoters: 20, enps_passives: 10, enps_detractors: 10 }, 25],
  ["turnover", { leavers: 2, headcount: HEADCOUNT_AVG_25 }, 0.08],
  ["mood_index", { mood_score_sum: 36, mood_responses: 10 }, 3.6],
  ["absence_rate", { sick_days: 30, available_days: 1_200 }, 0.025],
  ["m2_per_hour", { designed_m2: 400, worked_hours: 160 }, 2.5],
];

describe("catalog KPIs on worked inputs", () => {
  test("every catalog KPI has a case", () => {
    expect(cases.map(([key]) => key).sort()).toEqual(CATALOG_KPIS.map((k) => k.key).sort());
  });

  test.each(cases)("%s", (key, inputs, expected) => {
    const result = valueOf(key, inputs);
    expect(result.reason).toBeNull();
    expect(result.value).toBeCloseTo(expected, 10);
  });
});

describe("worked examples", () => {
  test("utilisation 56%", () => {
    // 10 employees of 160 contract hours; 7 experts invoice 80% of theirs at 100 EUR/h.
    const contract = Array.from({ length: 10 }, (_, i) => snapshot("contract_hours", 1, `2026-03-${String(i + 10)}`, 160));
    const invoiced = Array.from({ length: 7 }, (_, i) => snapshot("invoiced_amount", 1, `2026-03-${String(i + 10)}`, 160 * 0.8 * 100));
    const result = evaluatorOf([...contract, ...invoiced]).evaluate(kpi("utilization"), 1, { start: "2026-03-01", end: "2026-03-31" });
    expect(result.value).toBeCloseTo(0.56, 10);
    expect(toDisplayUnit(result.value ?? Number.NaN, "%")).toBe(56);
  });

  test("utilisation with list rate 80", () => {
    const result = valueOf("utilization", { invoiced_amount: 89_600, contract_hours: 1_600 }, { list_rate: 80 });
    expect(result.value).toBeCloseTo(0.7, 10);
  });

  test("hit rate 12 of 30", () => {
    expect(valueOf("hit_rate", { deals_won: 12, deals_lost: 18 }).value).toBeCloseTo(0.4, 10);
  });

  test("hit rate without closed deals", () => {
    const result = valueOf("hit_rate", { deals_won: 0, deals_lost: 0 });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: "division_by_zero", denominator: "deals_won + deals_lost", window: Q1 });
  });

  test.each([
    [{ nps_promoters: 50, nps_passives: 30, nps_detractors: 20 }, 30],
    [{ nps_promoters: 0, nps_passives: 100, nps_detractors: 0 }, 0],
    [{ nps_promoters: 0, nps_passives: 0, nps_detractors: 10 }, -100],
  ])("NPS of %o is %d", (inputs, expected) => {
    expect(valueOf("nps", inputs).value).toBe(expected);
  });

  test("NPS without answers", () => {
    const result = valueOf("nps", { nps_promoters: 0, nps_passives: 0, nps_detractors: 0 });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({
      code: "division_by_zero",
      denominator: "nps_promoters + nps_passives + nps_detractors",
      window: Q1,
    });
  });

  test.each([150, 200, 260])("churn 5%% whatever the end count (%i)", (endCount) => {
    const inputs: Inputs = { customers: [["2025-12-31", 200], ["2026-03-31", endCount]], customers_lost: 10 };
    expect(valueOf("churn_rate", inputs).value).toBeCloseTo(0.05, 10);
  });

  test("mood index rolls up sums, not means", () => {
    const teams = [
      { id: 1, parent_id: null },
      { id: 2, parent_id: 1 },
      { id: 3, parent_id: 1 },
    ];
    const evaluator = evaluatorOf(
      [
        snapshot("mood_score_sum", 2, ["2026-01-05", "2026-01-11"], 16),
        snapshot("mood_responses", 2, ["2026-01-05", "2026-01-11"], 4),
        snapshot("mood_score_sum", 3, ["2026-01-05", "2026-01-11"], 2),
        snapshot("mood_responses", 3, ["2026-01-05", "2026-01-11"], 1),
      ],
      teams,
    );
    expect(evaluator.evaluate(kpi("mood_index"), 1, Q1).value).toBeCloseTo(3.6, 10);
    expect(evaluator.evaluate(kpi("mood_index"), 2, Q1).value).toBe(4);
    expect(evaluator.evaluate(kpi("mood_index"), 3, Q1).value).toBe(2);
  });
});

describe("no value", () => {
  test("division by zero", () => {
    const result = valueOf("gross_margin", { revenue: 0, cost_of_sales: 0 });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: "division_by_zero", denominator: "revenue", window: Q1 });
  });

  test("metric without snapshots", () => {
    const result = valueOf("hit_rate", { deals_lost: 3 });
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: "no_snapshots", metric: "deals_won", window: Q1 });
  });

  test("inputs list every read, also without a value", () => {
    const result = valueOf("churn_rate", { customers_lost: 4 });
    expect(result.inputs).toEqual([
      { metric: "customers_lost", aggregate: "sum", value: 4, window: Q1 },
      { metric: "customers", aggregate: "first", value: null, window: Q1 },
    ]);
    expect(result.reason).toEqual({ code: "no_snapshots", metric: "customers", window: Q1 });
  });

  test("overflow is not finite", () => {
    const huge: KpiDefinition = { key: "huge", formula: "revenue * revenue", unit: "EUR", direction: "higher", params: [] };
    const result = evaluatorOf([snapshot("revenue", 1, "2026-02-15", 1e200)]).evaluate(huge, 1, Q1);
    expect(result).toMatchObject({ value: null, reason: { code: "not_finite", window: Q1 } });
  });

  test("formula naming a removed metric", () => {
    const broken: KpiDefinition = { key: "broken", formula: "revenue / gone", unit: "%", direction: "higher", params: [] };
    const result = evaluatorOf([]).evaluate(broken, 1, Q1);
    expect(result).toMatchObject({ value: null, reason: { code: "invalid_formula", error: { code: "unknown_metric", position: 11 } } });
  });

  test("zero result is 0, not -0", () => {
    const negated: KpiDefinition = { key: "negated", formula: "-revenue", unit: "EUR", direction: "higher", params: [] };
    const result = evaluatorOf([snapshot("revenue", 1, "2026-02-15", 0)]).evaluate(negated, 1, Q1);
    expect(Object.is(result.value, 0)).toBe(true);
  });
});

describe("resolveParams", () => {
  const declared = [{ key: "list_rate", name_nl: "catalogusprijs", name_en: "list rate", default: 100 }];

  test.each([
    [undefined, 100],
    [{ list_rate: 80 }, 80],
    [{ list_rate: Number.NaN }, 100],
    [{ list_rate: Number.POSITIVE_INFINITY }, 100],
    [{ other: 5 }, 100],
  ])("overrides %o give %d", (overrides, expected) => {
    expect(resolveParams(declared, overrides)).toEqual({ list_rate: expected });
  });
});

describe("display unit", () => {
  test.each([
    [0.56, "%", 56],
    [0.07, "%", 7],
    [0.123456, "%", 12.3456],
    [-0.05, "%", -5],
    [1234.5, "EUR", 1234.5],
    [3.6, "1-5", 3.6],
  ])("%d in %s shows as %d", (value, unit, shown) => {
    expect(toDisplayUnit(value, unit)).toBe(shown);
  });

  test.each([
    [56, "%", 0.56],
    [7, "%", 0.07],
    [1234.5, "EUR", 1234.5],
  ])("%d in %s is %d in base unit", (shown, unit, value) => {
    expect(fromDisplayUnit(shown, unit)).toBe(value);
  });
});
