import { quarterWindow, toEpochDay } from "~/kpi/calendar";
import { buildSeries, timeWeightedMean } from "~/kpi/metric-series";
import { Q1, snapshot, storeOf } from "./store-fixture";

const APRIL = { start: "2026-04-01", end: "2026-04-30" };

function quarter(label: string) {
  const window = quarterWindow(label);
  if (!window) throw new Error(`invalid quarter ${label}`);
  return window;
}

describe("window of a snapshot", () => {
  const week53 = storeOf([snapshot("worked_hours", 1, ["2026-12-28", "2027-01-03"], 7)]);

  test("2026-W53 counts in 2026-Q4", () => {
    expect(week53.read("worked_hours", "sum", 1, quarter("2026-Q4"))).toBe(7);
  });

  test("2026-W53 does not count in 2027-Q1", () => {
    expect(week53.read("worked_hours", "sum", 1, quarter("2027-Q1"))).toBeNull();
  });

  test.each([
    ["2026-Q1", 100],
    ["2026-Q2", 40],
  ])("monthly snapshots in %s sum to %i", (label, expected) => {
    const store = storeOf([
      snapshot("revenue", 1, ["2026-01-01", "2026-01-31"], 30),
      snapshot("revenue", 1, ["2026-03-01", "2026-03-31"], 70),
      snapshot("revenue", 1, ["2026-04-01", "2026-04-30"], 40),
    ]);
    expect(store.read("revenue", "sum", 1, quarter(label))).toBe(expected);
  });
});

describe("stock as of the window's end", () => {
  test.each([
    ["only before the window", [["2025-11-30", 40]], 40],
    ["latest in the window", [["2025-11-30", 40], ["2026-02-01", 45], ["2026-03-31", 47]], 47],
    ["later snapshot ignored", [["2026-02-01", 45], ["2026-04-02", 99]], 45],
  ] as [string, [string, number][], number][])("%s", (_case, values, expected) => {
    const store = storeOf(values.map(([date, value]) => snapshot("headcount", 1, date, value)));
    expect(store.read("headcount", "end", 1, Q1)).toBe(expected);
  });

  test("none on or before the end", () => {
    const store = storeOf([snapshot("headcount", 1, "2026-04-02", 99)]);
    expect(store.read("headcount", "end", 1, Q1)).toBeNull();
  });
});

describe("first()", () => {
  test.each([
    ["the day before the window", [["2025-12-31", 200], ["2026-01-01", 210]], 200],
    ["an older snapshot", [["2025-10-15", 180], ["2026-02-01", 210]], 180],
    ["nothing before the window", [["2026-01-01", 210]], null],
  ] as [string, [string, number][], number | null][])("%s", (_case, values, expected) => {
    const store = storeOf(values.map(([date, value]) => snapshot("customers", 1, date, value)));
    expect(store.read("customers", "first", 1, Q1)).toBe(expected);
  });
});

describe("avg() of a stock", () => {
  test("40 for 10 days then 50 for 20 days", () => {
    const store = storeOf([snapshot("headcount", 1, "2026-03-20", 40), snapshot("headcount", 1, "2026-04-11", 50)]);
    expect(store.read("headcount", "avg", 1, APRIL)).toBeCloseTo(46.6667, 4);
  });

  test("days before the first value are left out", () => {
    const store = storeOf([snapshot("headcount", 1, "2026-04-11", 50), snapshot("headcount", 1, "2026-04-21", 80)]);
    expect(store.read("headcount", "avg", 1, APRIL)).toBe(65);
  });

  test("one value late in the window", () => {
    const store = storeOf([snapshot("headcount", 1, "2026-04-30", 60)]);
    expect(store.read("headcount", "avg", 1, APRIL)).toBe(60);
  });

  test("two snapshots on one day: the later wins", () => {
    const series = buildSeries([toEpochDay("2026-04-16"), toEpochDay("2026-04-01"), toEpochDay("2026-04-01")], [40, 10, 20]);
    // 15 days of 20, 15 days of 40
    expect(timeWeightedMean(series, toEpochDay(APRIL.start), toEpochDay(APRIL.end))).toBe(30);
  });
});

describe("reads over the window's snapshots", () => {
  const flows = storeOf([
    snapshot("deals_won", 1, "2025-12-31", 100),
    snapshot("deals_won", 1, "2026-01-10", 5),
    snapshot("deals_won", 1, "2026-02-10", 2),
    snapshot("deals_won", 1, "2026-03-10", 9),
    snapshot("deals_won", 1, "2026-04-01", 100),
  ]);

  test.each([
    ["sum", 16],
    ["first", 5],
    ["last", 9],
    ["min", 2],
    ["max", 9],
    ["avg", 16 / 3],
  ] as const)("flow %s", (aggregate, expected) => {
    expect(flows.read("deals_won", aggregate, 1, Q1)).toBeCloseTo(expected, 10);
  });

  const stocks = storeOf([
    snapshot("customers", 1, "2025-12-31", 100),
    snapshot("customers", 1, "2026-01-31", 110),
    snapshot("customers", 1, "2026-02-28", 90),
    snapshot("customers", 1, "2026-04-01", 500),
  ]);

  test.each([
    ["sum", 200],
    ["first", 100],
    ["last", 90],
    ["min", 90],
    ["max", 110],
  ] as const)("stock %s", (aggregate, expected) => {
    expect(stocks.read("customers", aggregate, 1, Q1)).toBe(expected);
  });

  test("unknown metric has no value", () => {
    expect(flows.read("no_such_metric", "sum", 1, Q1)).toBeNull();
  });
});
