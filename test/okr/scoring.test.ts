import type { KeyResultKind } from "../../db/schema";
import {
  checkTargets,
  meanScore,
  roundScore,
  scoreColour,
  scoreKeyResult,
  successRate,
  weightedScore,
} from "~/okr/scoring";

const rule = (kind: KeyResultKind, baseline: number | null, target: number | null, grade: number | null = null) => ({
  kind,
  baseline,
  target,
  grade,
});

describe("scoreKeyResult", () => {
  test.each([
    // kind, baseline, target, value, progress, score
    ["increase", 20, 40, 30, 0.5, 0.5],
    ["increase", 20, 40, 40, 1, 1],
    ["increase", 20, 40, 20, 0, 0],
    ["increase", 20, 40, 46, 1.3, 1],
    ["increase", 20, 40, 10, -0.5, 0],
    ["increase", 0, 3, 1, 0.3333, 0.3333],
    ["increase", 0, 3, 2, 0.6667, 0.6667],
    ["decrease", 30, 20, 24, 0.6, 0.6],
    ["decrease", 30, 20, 20, 1, 1],
    ["decrease", 30, 20, 15, 1.5, 1],
    ["decrease", 30, 20, 33, -0.3, 0],
    ["decrease", 5, 2, 4.1, 0.3, 0.3],
  ] as const)("%s %d→%d at %d: progress %d, score %d", (kind, baseline, target, value, progress, score) => {
    expect(scoreKeyResult(rule(kind, baseline, target), value)).toEqual({ progress, score });
  });

  test.each([
    // kind, threshold, value, score
    ["at_least", 80, 85, 1],
    ["at_least", 80, 80, 1],
    ["at_least", 80, 79.99, 0],
    ["at_least", 0.7, 0.69999999, 1],
    ["at_most", 5, 4, 1],
    ["at_most", 5, 5, 1],
    ["at_most", 5, 5.01, 0],
    ["at_most", 0.3, 0.1 + 0.2, 1],
  ] as const)("%s %d at %d: score %d", (kind, threshold, value, score) => {
    expect(scoreKeyResult(rule(kind, null, threshold), value)).toEqual({ progress: null, score });
  });

  test.each([
    // grade, score
    [0.5, 0.5],
    [1, 1],
    [0, 0],
    [1.2, 1],
    [-0.1, 0],
    [2 / 3, 0.6667],
    [null, 0],
  ])("milestone grade %s: score %d", (grade, score) => {
    expect(scoreKeyResult(rule("milestone", null, null, grade), null)).toEqual({ progress: null, score });
  });

  test.each(["increase", "decrease", "at_least", "at_most"] as const)("%s without value: score 0", (kind) => {
    expect(scoreKeyResult(rule(kind, 10, 20), null)).toEqual({ progress: null, score: 0 });
  });

  test("milestone ignores value", () => {
    expect(scoreKeyResult(rule("milestone", 0, 10, 0.25), 10).score).toBe(0.25);
  });

  test("increase without baseline: score 0", () => {
    expect(scoreKeyResult(rule("increase", null, 40), 40)).toEqual({ progress: null, score: 0 });
  });

  test("baseline equal to target: score 0", () => {
    expect(scoreKeyResult(rule("increase", 40, 40), 50)).toEqual({ progress: null, score: 0 });
  });

  test("float noise below 0.7 rounds to 0.7", () => {
    // (0.1 + 0.2 + 0.4 − 0) / 1 is 0.7000000000000001 in floating point.
    expect(scoreKeyResult(rule("increase", 0, 1), 0.1 + 0.2 + 0.4).score).toBe(0.7);
    expect(scoreKeyResult(rule("increase", 0.1, 1.1), 0.8).score).toBe(0.7);
  });
});

describe("checkTargets", () => {
  test.each([
    // kind, baseline, target, problem
    ["increase", 20, 40, null],
    ["increase", 40, 40, "baseline_equals_target"],
    ["increase", 40, 20, "target_not_above_baseline"],
    ["decrease", 30, 20, null],
    ["decrease", 30, 30, "baseline_equals_target"],
    ["decrease", 20, 30, "target_not_below_baseline"],
    ["at_least", 40, 40, null],
    ["at_most", 40, 20, null],
    ["milestone", 0, 0, null],
  ] as const)("%s %d→%d: %s", (kind, baseline, target, problem) => {
    expect(checkTargets(kind, baseline, target)).toBe(problem);
  });
});

describe("weightedScore", () => {
  test.each([
    // items, score
    [[{ weight: 2, score: 0.5 }, { weight: 1, score: 1 }], 0.6667],
    [[{ weight: 1, score: 0.5 }, { weight: 1, score: 1 }], 0.75],
    [[{ weight: 0, score: 0 }, { weight: 1, score: 0.8 }], 0.8],
    [[{ weight: 3, score: 0.2 }], 0.2],
    [[{ weight: 1, score: 0.1 }, { weight: 1, score: 0.2 }, { weight: 1, score: 0.4 }, { weight: 0.5, score: 0.7 }], 0.3],
  ])("case %#: %d", (items, score) => {
    expect(weightedScore(items)).toBe(score);
  });

  test("no key results: null", () => {
    expect(weightedScore([])).toBeNull();
  });

  test("all-zero weights throw", () => {
    expect(() => weightedScore([{ weight: 0, score: 1 }, { weight: 0, score: 0.5 }])).toThrow(/weights are zero/);
  });

  test("negative weight throws", () => {
    expect(() => weightedScore([{ weight: -1, score: 1 }, { weight: 2, score: 0.5 }])).toThrow(/weight -1/);
  });

  test("non-finite weight throws", () => {
    expect(() => weightedScore([{ weight: Number.NaN, score: 1 }])).toThrow(/weight NaN/);
  });
});

describe("meanScore", () => {
  test.each([
    [[0.5, 1], 0.75],
    [[0.2, 0.4, 0.5], 0.3667],
    [[0.7], 0.7],
    [[0, 0], 0],
  ])("%j: %d", (scores, mean) => {
    expect(meanScore(scores)).toBe(mean);
  });

  test("none: null", () => {
    expect(meanScore([])).toBeNull();
  });
});

describe("successRate", () => {
  test.each([
    // scores, norm, rate
    [[0.7, 0.69, 1, 0], 0.7, 0.5],
    [[0.69999999, 0.6999], 0.7, 0.5],
    [[0.1 + 0.6, (0.1 + 0.2 + 0.4 - 0) / 1], 0.7, 1],
    [[0.8, 0.9, 0.3], 0.7, 0.6667],
    [[0.75, 0.85], 0.8, 0.5],
    [[0, 0.4], 0.7, 0],
  ])("%j with norm %d: %d", (scores, norm, rate) => {
    expect(successRate(scores, norm)).toBe(rate);
  });

  test("default norm is 0.7", () => {
    expect(successRate([0.7, 0.6])).toBe(0.5);
  });

  test("none: null", () => {
    expect(successRate([])).toBeNull();
  });
});

describe("scoreColour", () => {
  test.each([
    // score, norm, colour
    [1, 0.7, "green"],
    [0.7, 0.7, "green"],
    [0.69999999, 0.7, "green"],
    [(0.1 + 0.2 + 0.4 - 0) / 1, 0.7, "green"],
    [0.6999, 0.7, "amber"],
    [0.4, 0.7, "amber"],
    [0.39999999, 0.7, "amber"],
    [0.3999, 0.7, "red"],
    [0, 0.7, "red"],
    [0.75, 0.8, "amber"],
    [0.8, 0.8, "green"],
  ] as const)("%d with norm %d: %s", (score, norm, colour) => {
    expect(scoreColour(score, norm)).toBe(colour);
  });

  test("default norm is 0.7", () => {
    expect(scoreColour(0.7)).toBe("green");
  });
});

describe("roundScore", () => {
  test.each([
    [0.69999999, 0.7],
    [0.66666, 0.6667],
    [0.12344, 0.1234],
    [1.3, 1.3],
  ])("%d: %d", (value, rounded) => {
    expect(roundScore(value)).toBe(rounded);
  });
});
