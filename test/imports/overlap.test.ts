import { findOverlaps } from "~/imports/overlap";
import type { PlannedSnapshot } from "~/imports/types";

const snapshot = (periodStart: string, periodEnd: string, metricId = 1, teamId = 1): PlannedSnapshot => ({
  metricId,
  metricKey: `metric${metricId}`,
  teamId,
  teamKey: `team${teamId}`,
  periodStart,
  periodEnd,
  value: 1,
});

describe("findOverlaps", () => {
  test("weeks side by side do not overlap", () => {
    expect(findOverlaps([snapshot("2026-11-02", "2026-11-08"), snapshot("2026-11-09", "2026-11-15")], new Map())).toEqual([]);
  });

  test("a week inside a month in the file", () => {
    const findings = findOverlaps([snapshot("2026-11-01", "2026-11-30"), snapshot("2026-11-09", "2026-11-15")], new Map());
    expect(findings).toEqual([
      { metricKey: "metric1", teamKey: "team1", period: { start: "2026-11-09", end: "2026-11-15" }, other: { start: "2026-11-01", end: "2026-11-30" } },
    ]);
  });

  test("a month over existing weeks", () => {
    const existing = new Map([["1|1", [{ start: "2026-11-09", end: "2026-11-15" }]]]);
    expect(findOverlaps([snapshot("2026-11-01", "2026-11-30")], existing)).toHaveLength(1);
  });

  test("the same period again is no overlap", () => {
    const existing = new Map([["1|1", [{ start: "2026-11-01", end: "2026-11-30" }]]]);
    expect(findOverlaps([snapshot("2026-11-01", "2026-11-30")], existing)).toEqual([]);
  });

  test("other teams and metrics are apart", () => {
    const findings = findOverlaps([snapshot("2026-11-01", "2026-11-30", 1, 1), snapshot("2026-11-09", "2026-11-15", 1, 2), snapshot("2026-11-09", "2026-11-15", 2, 1)], new Map());
    expect(findings).toEqual([]);
  });

  test("one finding per metric and team", () => {
    const findings = findOverlaps([snapshot("2026-11-01", "2026-11-30"), snapshot("2026-11-02", "2026-11-08"), snapshot("2026-11-09", "2026-11-15")], new Map());
    expect(findings).toHaveLength(1);
  });
});
