import { describe, expect, test } from "vitest";
import { forecastKeyResult, leastSquares } from "~/okr/forecast";
import type { KeyResultRule } from "~/okr/scoring";

// 2026-Q1: x counts days since 1 January, so its last day, 31 March, is x = 89.
const Q1 = { start: "2026-01-01", end: "2026-03-31" };
const increase: KeyResultRule = { kind: "increase", baseline: 0, target: 100, grade: null };

describe("leastSquares", () => {
  test.each([
    { name: "exact line", points: [[0, 10], [10, 20], [20, 30]], slope: 1, intercept: 10 },
    // mean x 1, mean y 2; Sxy = 1, Sxx = 2.
    { name: "three scattered points", points: [[0, 1], [1, 3], [2, 2]], slope: 0.5, intercept: 1.5 },
    // mean x 16.5, mean y 10; Sxy = 119, Sxx = 245.
    { name: "four weekly points", points: [[6, 5], [13, 9], [20, 10], [27, 16]], slope: 119 / 245, intercept: 10 - (119 / 245) * 16.5 },
    { name: "flat", points: [[0, 4], [5, 4], [9, 4]], slope: 0, intercept: 4 },
  ])("$name", ({ points, slope, intercept }) => {
    const line = leastSquares(points.map(([x, y]) => ({ x, y })));
    expect(line?.slope).toBeCloseTo(slope, 12);
    expect(line?.intercept).toBeCloseTo(intercept, 12);
  });

  test("one point has no line", () => {
    expect(leastSquares([{ x: 1, y: 1 }])).toBeNull();
  });

  test("equal x has no line", () => {
    expect(leastSquares([{ x: 3, y: 1 }, { x: 3, y: 2 }, { x: 3, y: 5 }])).toBeNull();
  });
});

describe("forecastKeyResult", () => {
  test.each([
    // y = x + 10, at x = 89: 99.
    {
      name: "exact line",
      rule: increase,
      points: [["2026-01-01", 10], ["2026-01-11", 20], ["2026-01-21", 30]],
      value: 99,
      progress: 0.99,
      score: 0.99,
    },
    // y = 0.5x + 1.5, at x = 89: 46.
    {
      name: "scattered points",
      rule: increase,
      points: [["2026-01-01", 1], ["2026-01-02", 3], ["2026-01-03", 2]],
      value: 46,
      progress: 0.46,
      score: 0.46,
    },
    // y = (119 / 245) x + 1.98571, at x = 89: 45.2142857.
    {
      name: "weekly points",
      rule: increase,
      points: [["2026-01-07", 5], ["2026-01-14", 9], ["2026-01-21", 10], ["2026-01-28", 16]],
      value: 45.2142857,
      progress: 0.4521,
      score: 0.4521,
    },
    // y = 50 − x / 6, at x = 89: 35.1667; progress (35.1667 − 50) / (30 − 50) = 0.7417.
    {
      name: "decrease",
      rule: { kind: "decrease", baseline: 50, target: 30, grade: null } as KeyResultRule,
      points: [["2026-01-01", 50], ["2026-01-31", 45], ["2026-03-02", 40]],
      value: 35.1666667,
      progress: 0.7417,
      score: 0.7417,
    },
    // Above the target: progress 1.3 is kept, the score is clamped to 1.
    {
      name: "beyond the target",
      rule: { kind: "increase", baseline: 0, target: 69.4, grade: null } as KeyResultRule,
      points: [["2026-01-01", 10], ["2026-01-11", 20], ["2026-01-21", 30]],
      value: 99,
      progress: 1.4265,
      score: 1,
    },
    {
      name: "stay at least met",
      rule: { kind: "at_least", baseline: null, target: 40, grade: null } as KeyResultRule,
      points: [["2026-01-01", 1], ["2026-01-02", 3], ["2026-01-03", 2]],
      value: 46,
      progress: null,
      score: 1,
    },
  ])("$name", ({ rule, points, value, progress, score }) => {
    const forecast = forecastKeyResult(rule, Q1, points.map(([date, v]) => ({ date: String(date), value: Number(v) })));
    expect(forecast.status).toBe("forecast");
    if (forecast.status !== "forecast") return;
    expect(forecast.value).toBeCloseTo(value, 6);
    expect(forecast.progress).toBe(progress);
    expect(forecast.score).toBe(score);
  });

  test("two points are not enough", () => {
    const points = [{ date: "2026-01-04", value: 1 }, { date: "2026-01-11", value: 2 }];
    expect(forecastKeyResult(increase, Q1, points)).toEqual({ status: "not_enough_data", points: 2 });
  });

  test("points without a value do not count", () => {
    const points = [{ date: "2026-01-04", value: null }, { date: "2026-01-11", value: 2 }, { date: "2026-01-18", value: 3 }];
    expect(forecastKeyResult(increase, Q1, points)).toEqual({ status: "not_enough_data", points: 2 });
  });

  test("points outside the quarter do not count", () => {
    const points = [{ date: "2025-12-28", value: 1 }, { date: "2026-01-11", value: 2 }, { date: "2026-04-05", value: 3 }];
    expect(forecastKeyResult(increase, Q1, points)).toEqual({ status: "not_enough_data", points: 1 });
  });

  test("milestone has no forecast", () => {
    const milestone: KeyResultRule = { kind: "milestone", baseline: null, target: null, grade: 0.5 };
    expect(forecastKeyResult(milestone, Q1, [])).toEqual({ status: "not_applicable" });
  });
});
