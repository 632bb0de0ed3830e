import { seriesPeriods } from "~/kpi/series";

describe("seriesPeriods", () => {
  test("months cut to the range", () => {
    expect(seriesPeriods("2026-01-15", "2026-03-10", "month")).toEqual([
      { period: "2026-01", window: { start: "2026-01-15", end: "2026-01-31" } },
      { period: "2026-02", window: { start: "2026-02-01", end: "2026-02-28" } },
      { period: "2026-03", window: { start: "2026-03-01", end: "2026-03-10" } },
    ]);
  });

  test("weeks across the year end", () => {
    expect(seriesPeriods("2026-12-21", "2027-01-10", "week").map((p) => p.period)).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
  });

  test("fiscal quarters from April", () => {
    expect(seriesPeriods("2026-01-01", "2026-12-31", "quarter", 4)).toEqual([
      { period: "2025-Q4", window: { start: "2026-01-01", end: "2026-03-31" } },
      { period: "2026-Q1", window: { start: "2026-04-01", end: "2026-06-30" } },
      { period: "2026-Q2", window: { start: "2026-07-01", end: "2026-09-30" } },
      { period: "2026-Q3", window: { start: "2026-10-01", end: "2026-12-31" } },
    ]);
  });

  test("from after to has no periods", () => {
    expect(seriesPeriods("2026-03-01", "2026-02-01", "month")).toEqual([]);
  });
});
