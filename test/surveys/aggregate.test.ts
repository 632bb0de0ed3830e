import { enpsCounts, enpsScore, moodIndex, MOOD_SCALE, poolCells, type SurveyCell } from "~/surveys/aggregate";
import { secondsUntilPeriodEnds, weeksOfQuarter } from "~/surveys/periods";

const cell = (scores: number[]): SurveyCell => ({
  period: "2026-W47",
  teamId: 1,
  responses: scores.length,
  scoreSum: scores.reduce((a, b) => a + b, 0),
  distribution: [1, 2, 3, 4, 5].map((s) => scores.filter((x) => x === s).length),
  comments: [],
});

describe("mood index", () => {
  test("pooled across weeks and teams", () => {
    // 6 answers averaging 5.0 and 3 averaging 2.0: 36 / 9 = 4.0, not the mean of means 3.5.
    const pooled = poolCells([cell([5, 5, 5, 5, 5, 5]), cell([2, 2, 2])], MOOD_SCALE);

    expect(moodIndex(pooled)).toBe(4);
    expect(pooled.distribution).toEqual([0, 3, 0, 0, 6]);
  });

  test("no answers give no value", () => {
    expect(moodIndex({ responses: 0, scoreSum: 0 })).toBeNull();
  });
});

describe("eNPS", () => {
  test.each([
    { scores: [10, 9, 8, 5], counts: { promoters: 2, passives: 1, detractors: 1 }, score: 25 },
    { scores: [6, 7, 0], counts: { promoters: 0, passives: 1, detractors: 2 }, score: -200 / 3 },
    { scores: [9, 9], counts: { promoters: 2, passives: 0, detractors: 0 }, score: 100 },
  ])("answers $scores give $score", ({ scores, counts, score }) => {
    expect(enpsCounts(scores)).toEqual(counts);
    expect(enpsScore(enpsCounts(scores))).toBeCloseTo(score, 10);
  });

  test("no answers give no value", () => {
    expect(enpsScore({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });
});

describe("survey periods", () => {
  test("weeks of 2026-Q4 end with W53", () => {
    const weeks = weeksOfQuarter("2026-Q4", 1);

    expect(weeks[0]).toBe("2026-W40");
    expect(weeks.at(-1)).toBe("2026-W53");
    expect(weeks).toHaveLength(14);
  });

  test.each([
    // Friday 4 December 2026, 12:00 UTC = 13:00 in Amsterdam; W49 ends Sunday 6 December 24:00 (23:00 UTC).
    { now: "2026-12-04T12:00:00Z", seconds: 2 * 86_400 + 11 * 3600 },
    { now: "2026-12-06T22:59:59Z", seconds: 1 },
    { now: "2026-12-06T23:00:00Z", seconds: 0 },
  ])("edit cookie at $now lives $seconds s", ({ now, seconds }) => {
    expect(secondsUntilPeriodEnds("2026-12-06", "Europe/Amsterdam", new Date(now))).toBe(seconds);
  });
});
