import { calibrate, calibrationQuarters, calibrationVerdict } from "~/reports/calibration";

describe("calibrationVerdict thresholds", () => {
  test.each([
    [1, "too_easy"],
    [0.95, "too_easy"],
    [0.9001, "too_easy"],
    [0.9, "fine"],
    [0.90004, "fine"],
    [0.7, "fine"],
    [0.4, "fine"],
    [0.3999, "out_of_reach"],
    [0.39994, "out_of_reach"],
    [0, "out_of_reach"],
  ])("average %d is %s", (average, verdict) => {
    expect(calibrationVerdict(average)).toBe(verdict);
  });
});

describe("calibrate", () => {
  test("averages the quarters with a score", () => {
    const result = calibrate([
      { quarter: "2026-Q2", score: 0.95 },
      { quarter: "2026-Q1", score: 0.92 },
      { quarter: "2026-Q3", score: null },
    ]);
    expect(result.average).toBe(0.935);
    expect(result.quarters).toEqual(["2026-Q1", "2026-Q2"]);
    expect(result.verdict).toBe("too_easy");
  });

  test("one low quarter pulls the average down", () => {
    const result = calibrate([
      { quarter: "2026-Q1", score: 0.2 },
      { quarter: "2026-Q2", score: 0.5 },
    ]);
    expect(result.average).toBe(0.35);
    expect(result.verdict).toBe("out_of_reach");
  });

  test("no scored quarter gives no verdict", () => {
    expect(calibrate([{ quarter: "2026-Q1", score: null }])).toEqual({ average: null, quarters: [], verdict: null });
    expect(calibrate([])).toEqual({ average: null, quarters: [], verdict: null });
  });
});

describe("calibrationQuarters", () => {
  const closed = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"];

  test("takes the latest four up to the report's quarter", () => {
    expect(calibrationQuarters(closed, "2026-Q3")).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
  });

  test("includes the report's own quarter when it is closed", () => {
    expect(calibrationQuarters(closed, "2025-Q4")).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
  });

  test("ignores closed quarters after the report's quarter", () => {
    expect(calibrationQuarters(closed, "2025-Q2")).toEqual(["2025-Q1", "2025-Q2"]);
    expect(calibrationQuarters(closed, "2024-Q4")).toEqual([]);
  });
});
