import { describe, expect, test } from "vitest";
import { elapsedShare, expectedScoreLine, paceOf } from "~/okr/pace";

// 2026-Q1 has 31 + 28 + 31 = 90 days; 14 February is its 45th day, so half of it has elapsed.
const Q1 = { start: "2026-01-01", end: "2026-03-31" };

describe("elapsedShare", () => {
  test.each([
    { today: "2025-12-31", share: 0 },
    { today: "2026-01-01", share: 1 / 90 },
    { today: "2026-02-14", share: 0.5 },
    { today: "2026-03-30", share: 89 / 90 },
    { today: "2026-03-31", share: 1 },
    { today: "2026-05-01", share: 1 },
  ])("$today is $share", ({ today, share }) => {
    expect(elapsedShare(Q1, today)).toBeCloseTo(share, 12);
  });

  test("Q3 of 92 days", () => {
    // 1 July to 15 August is 31 + 15 = 46 of 92 days.
    expect(elapsedShare({ start: "2026-07-01", end: "2026-09-30" }, "2026-08-15")).toBe(0.5);
  });
});

describe("paceOf", () => {
  test.each([
    // Halfway: expected 0.7 × 0.5 = 0.35, half of it 0.175.
    { score: 0.35, today: "2026-02-14", expected: 0.35, status: "on_track" },
    { score: 0.9, today: "2026-02-14", expected: 0.35, status: "on_track" },
    { score: 0.3499, today: "2026-02-14", expected: 0.35, status: "at_risk" },
    { score: 0.1751, today: "2026-02-14", expected: 0.35, status: "at_risk" },
    { score: 0.175, today: "2026-02-14", expected: 0.35, status: "off_track" },
    { score: 0, today: "2026-02-14", expected: 0.35, status: "off_track" },
    // Last day: expected 0.7, half 0.35.
    { score: 0.7, today: "2026-03-31", expected: 0.7, status: "on_track" },
    { score: 0.6999999999, today: "2026-03-31", expected: 0.7, status: "on_track" },
    { score: 0.69, today: "2026-03-31", expected: 0.7, status: "at_risk" },
    { score: 0.35, today: "2026-03-31", expected: 0.7, status: "off_track" },
    // First day: 0.7 / 90 = 0.00778, rounded to 4 decimals.
    { score: 0, today: "2026-01-01", expected: 0.0078, status: "off_track" },
    { score: 0.0078, today: "2026-01-01", expected: 0.0078, status: "on_track" },
    // Before the quarter nothing is expected yet.
    { score: 0, today: "2025-12-15", expected: 0, status: "on_track" },
  ])("score $score on $today is $status", ({ score, today, expected, status }) => {
    const pace = paceOf(score, Q1, today);
    expect(pace.expectedScore).toBe(expected);
    expect(pace.status).toBe(status);
  });

  test("norm setting 0.6", () => {
    // Expected 0.6 × 0.5 = 0.3.
    expect(paceOf(0.3, Q1, "2026-02-14", 0.6)).toEqual({ elapsedShare: 0.5, expectedScore: 0.3, status: "on_track" });
  });
});

describe("expectedScoreLine", () => {
  test("rises from 0 to the norm", () => {
    expect(expectedScoreLine(Q1, ["2025-12-31", "2026-02-14", "2026-03-31"])).toEqual([
      { date: "2025-12-31", score: 0 },
      { date: "2026-02-14", score: 0.35 },
      { date: "2026-03-31", score: 0.7 },
    ]);
  });
});
