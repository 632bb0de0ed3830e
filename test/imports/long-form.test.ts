import { planImport } from "~/imports/plan";
import type { ImportOptions } from "~/imports/types";
import { lookups } from "./lookups";

const options: ImportOptions = { kind: "snapshots", numberFormat: "auto", mapping: {} };
const plan = (text: string) => planImport(text, options, lookups);

describe("long form", () => {
  test.each([
    ["2026-03-31", "2026-03-31", "2026-03-31"],
    ["31-03-2026", "2026-03-31", "2026-03-31"],
    ["2026-W05", "2026-01-26", "2026-02-01"],
    ["2026-03", "2026-03-01", "2026-03-31"],
    ["2026-Q2", "2026-04-01", "2026-06-30"],
  ])("period %s runs %s to %s", (period, periodStart, periodEnd) => {
    const result = plan(`periode;team;metriek;waarde\n${period};sales;revenue;100\n`);
    expect(result.errors).toEqual([]);
    expect(result.snapshots).toEqual([
      { metricId: 9, metricKey: "revenue", teamId: 2, teamKey: "sales", periodStart, periodEnd, value: 100 },
    ]);
  });

  test("period_start and period_end columns", () => {
    const result = plan("period_start;period_end;team;metric;value\n01-01-2026;15-01-2026;sales;revenue;5\n");
    expect(result.snapshots[0]).toMatchObject({ periodStart: "2026-01-01", periodEnd: "2026-01-15", value: 5 });
  });

  test("end before start is a row error", () => {
    const result = plan("period_start;period_end;team;metric;value\n15-01-2026;01-01-2026;sales;revenue;5\n");
    expect(result.errors).toEqual([
      {
        row: 2,
        column: "period_end",
        value: "01-01-2026",
        code: "period_end_before_start",
        params: { start: "2026-01-15", end: "2026-01-01" },
      },
    ]);
  });

  test("team by name, any case", () => {
    const result = plan("periode;team;metriek;waarde\n2026-03;VERKOOP;Revenue;1\n");
    expect(result.snapshots[0]).toMatchObject({ teamId: 2, metricId: 9 });
  });

  test("stock with a date", () => {
    const result = plan("datum;team;metriek;waarde\n31-03-2026;sales;headcount;12\n");
    expect(result.snapshots[0]).toMatchObject({ metricKey: "headcount", periodStart: "2026-03-31", periodEnd: "2026-03-31" });
  });

  test("stock over a month is a row error", () => {
    const result = plan("periode;team;metriek;waarde\n2026-03;sales;headcount;12\n");
    expect(result.errors).toEqual([
      { row: 2, column: "periode", value: "2026-03", code: "stock_needs_date", params: { metric: "headcount" } },
    ]);
  });

  test("unknown team and metric name the value", () => {
    const result = plan("periode;team;metriek;waarde\n2026-03;marketing;omzet;1\n");
    expect(result.errors).toEqual([
      { row: 2, column: "team", value: "marketing", code: "unknown_team", params: {} },
      { row: 2, column: "metriek", value: "omzet", code: "unknown_metric", params: {} },
    ]);
  });

  test("same key twice is a row error", () => {
    const result = plan("periode;team;metriek;waarde\n2026-03;sales;revenue;1\n2026-03;Verkoop;revenue;2\n");
    expect(result.errors).toEqual([{ row: 3, column: "", value: "", code: "duplicate_snapshot", params: { firstRow: 2 } }]);
  });

  test("missing columns are file errors", () => {
    const result = plan("team;waarde\nsales;1\n");
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, "period", "missing_column"],
      [1, "metric", "missing_column"],
    ]);
  });

  test("header only is no data", () => {
    expect(plan("periode;team;metriek;waarde\n").errors.map((e) => e.code)).toEqual(["no_data"]);
  });

  test("malformed value is a row error", () => {
    const result = plan("periode;team;metriek;waarde\n2026-03;sales;revenue;12,3,4\n");
    expect(result.errors).toEqual([
      { row: 2, column: "waarde", value: "12,3,4", code: "invalid_number", params: { format: "nl" } },
    ]);
  });
});
