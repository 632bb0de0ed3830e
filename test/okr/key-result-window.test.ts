import { asOfFor, coveringWindow, emptyWindow, keyResultWindow, weekEndsUpTo } from "~/okr/key-result-window";

const q1 = { start: "2026-01-01", end: "2026-03-31" };

describe("keyResultWindow", () => {
  test.each([
    // kind, length, asOf, start, end
    ["quarter", null, "2026-02-15", "2026-01-01", "2026-02-15"],
    ["quarter", null, "2026-01-01", "2026-01-01", "2026-01-01"],
    ["quarter", null, "2026-03-31", "2026-01-01", "2026-03-31"],
    ["quarter", null, "2026-05-01", "2026-01-01", "2026-03-31"],
    ["trailing_weeks", 4, "2026-02-15", "2026-01-19", "2026-02-15"],
    ["trailing_weeks", 4, "2026-01-10", "2025-12-14", "2026-01-10"],
    ["trailing_weeks", 1, "2026-01-01", "2025-12-26", "2026-01-01"],
    ["trailing_weeks", 2, "2026-06-01", "2026-03-18", "2026-03-31"],
    ["trailing_months", 3, "2026-03-31", "2026-01-01", "2026-03-31"],
    ["trailing_months", 1, "2026-03-15", "2026-02-16", "2026-03-15"],
    ["trailing_months", 1, "2026-03-31", "2026-03-01", "2026-03-31"],
    ["trailing_months", 2, "2026-01-20", "2025-11-21", "2026-01-20"],
    ["trailing_weeks", null, "2026-02-15", "2026-01-01", "2026-02-15"],
    ["trailing_months", 0, "2026-02-15", "2026-01-01", "2026-02-15"],
  ] as const)("%s %s as of %s: %s to %s", (windowKind, windowLength, asOf, start, end) => {
    expect(keyResultWindow({ windowKind, windowLength }, q1, asOf)).toEqual({ start, end });
  });

  test.each(["quarter", "trailing_weeks", "trailing_months"] as const)("%s before quarter: null", (windowKind) => {
    expect(keyResultWindow({ windowKind, windowLength: 4 }, q1, "2025-12-31")).toBeNull();
  });
});

describe("asOfFor", () => {
  test.each([
    ["2026-02-10", "2026-02-10"],
    ["2026-03-31", "2026-03-31"],
    ["2026-04-01", "2026-03-31"],
    ["2025-12-01", "2025-12-01"],
  ])("today %s: %s", (today, asOf) => {
    expect(asOfFor(q1, today)).toBe(asOf);
  });
});

describe("emptyWindow", () => {
  test("ends the day before it starts", () => {
    expect(emptyWindow(q1)).toEqual({ start: "2026-01-01", end: "2025-12-31" });
  });
});

describe("coveringWindow", () => {
  test("spans every window", () => {
    const windows = [
      { start: "2026-01-01", end: "2026-02-01" },
      { start: "2025-12-14", end: "2026-01-10" },
      { start: "2026-01-05", end: "2026-03-31" },
    ];
    expect(coveringWindow(windows)).toEqual({ start: "2025-12-14", end: "2026-03-31" });
  });

  test("none: null", () => {
    expect(coveringWindow([])).toBeNull();
  });
});

describe("weekEndsUpTo", () => {
  test.each([
    // asOf, days
    ["2026-01-20", ["2026-01-04", "2026-01-11", "2026-01-18", "2026-01-20"]],
    ["2026-01-18", ["2026-01-04", "2026-01-11", "2026-01-18"]],
    ["2026-01-02", ["2026-01-02"]],
    ["2025-12-31", []],
  ])("Q1 as of %s", (asOf, days) => {
    expect(weekEndsUpTo(q1, asOf)).toEqual(days);
  });

  test("whole quarter: 13 Sundays and the last day", () => {
    const days = weekEndsUpTo(q1, "2026-05-01");
    expect(days).toHaveLength(14);
    expect(days[0]).toBe("2026-01-04");
    expect(days[12]).toBe("2026-03-29");
    expect(days[13]).toBe("2026-03-31");
  });

  test("quarter starting on Sunday", () => {
    const q4 = { start: "2023-10-01", end: "2023-12-31" };
    expect(weekEndsUpTo(q4, "2023-10-09")).toEqual(["2023-10-01", "2023-10-08", "2023-10-09"]);
  });
});
