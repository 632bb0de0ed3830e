import { describe, expect, test } from "vitest";
import { checkKpiRange, defaultKpiRange, keyResultChartData, kpiChartData } from "~/kpi/chart-data";
import type { KpiSeriesPoint } from "~/kpi/types";
import type { KeyResultSeries } from "~/okr/types";

const series = (points: KeyResultSeries["points"], baseline: number | null = 30, target: number | null = 50): KeyResultSeries => ({
  keyResultId: 1,
  unit: "%",
  baseline,
  target,
  points,
});

describe("keyResultChartData", () => {
  test("no points flags both charts empty", () => {
    const data = keyResultChartData(series([]), 0.7);
    expect(data.valueEmpty).toBe(true);
    expect(data.scoreEmpty).toBe(true);
    expect(data.valueLines).toEqual([]);
    expect(data.scoreLines).toEqual([]);
  });

  test("points without value flag empty", () => {
    const data = keyResultChartData(
      series([
        { date: "2017-10-08", value: null, score: null },
        { date: "2017-10-15", value: null, score: null },
      ]),
      0.7,
    );
    expect(data.valueEmpty).toBe(true);
    expect(data.scoreEmpty).toBe(true);
  });

  test("value with baseline and target lines", () => {
    const data = keyResultChartData(
      series([
        { date: "2017-10-08", value: null, score: null },
        { date: "2017-10-15", value: 40, score: 0.5 },
      ]),
      0.7,
    );
    expect(data.valueEmpty).toBe(false);
    expect(data.valueLines).toEqual([
      { id: "value", data: [{ x: "2017-10-08", y: null }, { x: "2017-10-15", y: 40 }] },
      { id: "baseline", data: [{ x: "2017-10-08", y: 30 }, { x: "2017-10-15", y: 30 }] },
      { id: "target", data: [{ x: "2017-10-08", y: 50 }, { x: "2017-10-15", y: 50 }] },
    ]);
  });

  test("score with norm line", () => {
    const data = keyResultChartData(series([{ date: "2017-10-08", value: 45, score: 0.75 }]), 0.6);
    expect(data.scoreLines).toEqual([
      { id: "score", data: [{ x: "2017-10-08", y: 0.75 }] },
      { id: "norm", data: [{ x: "2017-10-08", y: 0.6 }] },
    ]);
  });

  test.each([
    { name: "milestone without baseline and target", baseline: null, target: null, ids: ["value"] },
    { name: "stay kind with target only", baseline: null, target: 50, ids: ["value", "target"] },
  ])("$name", ({ baseline, target, ids }) => {
    const data = keyResultChartData(series([{ date: "2017-10-08", value: 0.5, score: 0.5 }], baseline, target), 0.7);
    expect(data.valueLines.map((l) => l.id)).toEqual(ids);
  });
});

describe("kpiChartData", () => {
  const point = (period: string, value: number | null): KpiSeriesPoint => ({
    period,
    window: { start: `${period}-01`, end: `${period}-28` },
    value,
    reason: null,
  });

  test("one line per team in the order given", () => {
    const data = kpiChartData(
      new Map([
        [2, [point("2017-01", 40), point("2017-02", null)]],
        [1, [point("2017-01", 55), point("2017-02", 60)]],
      ]),
      [1, 2],
    );
    expect(data.empty).toBe(false);
    expect(data.lines).toEqual([
      { id: "1", data: [{ x: "2017-01", y: 55 }, { x: "2017-02", y: 60 }] },
      { id: "2", data: [{ x: "2017-01", y: 40 }, { x: "2017-02", y: null }] },
    ]);
  });

  test("team without values left out and listed", () => {
    const data = kpiChartData(new Map([[1, [point("2017-01", 3)]], [2, [point("2017-01", null)]]]), [1, 2, 3]);
    expect(data.lines.map((l) => l.id)).toEqual(["1"]);
    expect(data.teamsWithoutValue).toEqual([2, 3]);
  });

  test("no values flags empty", () => {
    const data = kpiChartData(new Map([[1, [point("2017-01", null)]]]), [1]);
    expect(data.empty).toBe(true);
    expect(data.lines).toEqual([]);
  });
});

describe("defaultKpiRange", () => {
  test.each([
    { latest: "2017-11-15", today: "2026-12-04", fiscal: 1, start: "2017-01-01", end: "2017-12-31" },
    { latest: "2017-03-31", today: "2026-12-04", fiscal: 1, start: "2016-04-01", end: "2017-03-31" },
    { latest: null, today: "2026-12-04", fiscal: 1, start: "2026-01-01", end: "2026-12-31" },
    { latest: "2017-05-10", today: "2026-12-04", fiscal: 4, start: "2016-07-01", end: "2017-06-30" },
  ])("latest $latest, fiscal start month $fiscal", ({ latest, today, fiscal, start, end }) => {
    expect(defaultKpiRange(latest, today, fiscal)).toEqual({ start, end });
  });
});

describe("checkKpiRange", () => {
  test.each([
    { start: "2017-01-01", end: "2017-12-31", problem: null },
    { start: "2017-03-01", end: "2017-03-01", problem: null },
    { start: "2017-03-02", end: "2017-03-01", problem: "from_after_to" },
    { start: "2010-01-01", end: "2020-01-08", problem: null },
    { start: "2010-01-01", end: "2020-01-09", problem: "range_too_long" },
  ])("$start to $end", ({ start, end, problem }) => {
    expect(checkKpiRange({ start, end })).toBe(problem);
  });
});
