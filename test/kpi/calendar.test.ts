import {
  isoWeekOf,
  isoWeekWindow,
  midDay,
  parseIsoDate,
  quarterOf,
  quarterWindow,
  todayIn,
  startOfDayIn,
  localDateTime,
  windowDays,
  windowMonths,
} from "~/kpi/calendar";

describe("isoWeekOf", () => {
  test.each([
    ["2027-01-01", "2026-W53"],
    ["2026-12-28", "2026-W53"],
    ["2027-01-04", "2027-W01"],
    ["2026-01-01", "2026-W01"],
    ["2025-12-29", "2026-W01"],
    ["2026-03-31", "2026-W14"],
  ])("%s is in %s", (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
});

describe("isoWeekWindow", () => {
  test.each([
    ["2026-W53", { start: "2026-12-28", end: "2027-01-03" }],
    ["2026-W01", { start: "2025-12-29", end: "2026-01-04" }],
    ["2020-W53", { start: "2020-12-28", end: "2021-01-03" }],
  ])("%s runs Monday to Sunday", (week, window) => {
    expect(isoWeekWindow(week)).toEqual(window);
  });

  test.each(["2025-W53", "2026-W54", "2026-W00", "2026-53", "W53"])("%s does not exist", (week) => {
    expect(isoWeekWindow(week)).toBeNull();
  });
});

describe("quarterOf", () => {
  test.each([
    ["2026-01-01", 1, "2026-Q1"],
    ["2026-03-31", 1, "2026-Q1"],
    ["2026-04-01", 1, "2026-Q2"],
    ["2026-12-31", 1, "2026-Q4"],
    ["2026-04-01", 4, "2026-Q1"],
    ["2026-12-31", 4, "2026-Q3"],
    ["2027-02-15", 4, "2026-Q4"],
    ["2027-03-31", 4, "2026-Q4"],
  ])("%s with fiscal start %i is %s", (date, fiscalStart, quarter) => {
    expect(quarterOf(date, fiscalStart)).toBe(quarter);
  });
});

describe("quarterWindow", () => {
  test.each([
    ["2026-Q1", 1, { start: "2026-01-01", end: "2026-03-31" }],
    ["2026-Q4", 1, { start: "2026-10-01", end: "2026-12-31" }],
    ["2024-Q1", 1, { start: "2024-01-01", end: "2024-03-31" }],
    ["2026-Q1", 4, { start: "2026-04-01", end: "2026-06-30" }],
    ["2026-Q4", 4, { start: "2027-01-01", end: "2027-03-31" }],
  ])("%s with fiscal start %i", (quarter, fiscalStart, window) => {
    expect(quarterWindow(quarter, fiscalStart)).toEqual(window);
  });

  test.each(["2026-Q5", "2026-Q0", "2026Q1", ""])("%s is rejected", (quarter) => {
    expect(quarterWindow(quarter)).toBeNull();
  });
});

describe("midDay", () => {
  test.each([
    ["2026-12-28", "2027-01-03", "2026-12-31"],
    ["2026-01-01", "2026-01-31", "2026-01-16"],
    ["2026-02-01", "2026-02-28", "2026-02-14"],
    ["2026-01-01", "2026-03-31", "2026-02-14"],
    ["2026-03-31", "2026-03-31", "2026-03-31"],
    ["2026-03-30", "2026-03-31", "2026-03-30"],
  ])("%s to %s is %s", (start, end, middle) => {
    expect(midDay(start, end)).toBe(middle);
  });
});

describe("windowMonths", () => {
  test.each([
    [{ start: "2026-01-01", end: "2026-03-31" }, 3],
    [{ start: "2026-10-01", end: "2026-12-31" }, 3],
    [{ start: "2026-01-01", end: "2026-12-31" }, 12],
    [{ start: "2026-02-01", end: "2026-02-28" }, 1],
    [{ start: "2026-01-01", end: "2026-01-15" }, 15 / 31],
    [{ start: "2026-01-01", end: "2026-02-14" }, 1 + 14 / 28],
  ])("%o is %d months", (window, months) => {
    expect(windowMonths(window)).toBeCloseTo(months, 10);
  });
});

describe("windowDays", () => {
  test.each([
    [{ start: "2026-01-01", end: "2026-03-31" }, 90],
    [{ start: "2024-01-01", end: "2024-03-31" }, 91],
    [{ start: "2026-03-31", end: "2026-03-31" }, 1],
  ])("%o is %i days", (window, days) => {
    expect(windowDays(window)).toBe(days);
  });
});

describe("todayIn", () => {
  test.each([
    ["2026-03-31T21:30:00Z", "2026-03-31"],
    ["2026-03-31T22:30:00Z", "2026-04-01"],
    ["2026-01-31T22:59:00Z", "2026-01-31"],
    ["2026-01-31T23:00:00Z", "2026-02-01"],
  ])("%s in Amsterdam is %s", (instant, date) => {
    expect(todayIn("Europe/Amsterdam", new Date(instant))).toBe(date);
  });
});

describe("startOfDayIn", () => {
  test.each([
    ["2026-12-01", "2026-11-30T23:00:00.000Z"],
    ["2026-07-01", "2026-06-30T22:00:00.000Z"],
    ["2026-03-29", "2026-03-28T23:00:00.000Z"],
    ["2026-03-30", "2026-03-29T22:00:00.000Z"],
  ])("%s in Amsterdam starts at %s", (date, instant) => {
    expect(startOfDayIn("Europe/Amsterdam", date)).toBe(instant);
  });
});

describe("localDateTime", () => {
  test.each([
    ["2026-11-30T23:59:59.000Z", "2026-12-01", "00:59"],
    ["2026-07-01T21:59:00.000Z", "2026-07-01", "23:59"],
    ["2026-07-01T22:00:00.000Z", "2026-07-02", "00:00"],
  ])("%s in Amsterdam is %s %s", (timestamp, date, time) => {
    expect(localDateTime("Europe/Amsterdam", timestamp)).toEqual({ date, time });
  });
});

describe("parseIsoDate", () => {
  test.each(["2026-02-31", "2026-13-01", "2025-02-29", "2026-2-1", "31-03-2026", ""])("%s is rejected", (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  test.each(["2026-03-31", "2024-02-29"])("%s is accepted", (text) => {
    expect(parseIsoDate(text)).toBe(text);
  });
});
