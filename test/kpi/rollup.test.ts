import { findCatalogKpi } from "~/kpi/catalog";
import { evaluatorOf, Q1, snapshot, storeOf } from "./store-fixture";

// company 1 ─┬─ sales 2 ─┬─ east 4
//            │           └─ west 5
//            └─ delivery 3
const TEAMS = [
  { id: 1, parent_id: null },
  { id: 2, parent_id: 1 },
  { id: 3, parent_id: 1 },
  { id: 4, parent_id: 2 },
  { id: 5, parent_id: 2 },
];
const FEB = "2026-02-15";

describe("roll-up of a flow", () => {
  test("own total replaces the subteams'", () => {
    const store = storeOf(
      [snapshot("deals_won", 2, FEB, 10), snapshot("deals_won", 4, FEB, 3), snapshot("deals_won", 5, FEB, 4)],
      TEAMS,
    );
    expect(store.read("deals_won", "sum", 2, Q1)).toBe(10);
    expect(store.read("deals_won", "sum", 1, Q1)).toBe(10);
  });

  test("imported company total is not counted twice", () => {
    const store = storeOf(
      [snapshot("revenue", 1, FEB, 100), snapshot("revenue", 2, FEB, 60), snapshot("revenue", 3, FEB, 40)],
      TEAMS,
    );
    expect(store.read("revenue", "sum", 1, Q1)).toBe(100);
  });

  test("parent without own snapshots sums its children", () => {
    const store = storeOf([snapshot("deals_won", 4, FEB, 3), snapshot("deals_won", 5, FEB, 4)], TEAMS);
    expect(store.read("deals_won", "sum", 2, Q1)).toBe(7);
  });

  test("grandchildren reach the company", () => {
    const store = storeOf(
      [snapshot("deals_won", 4, FEB, 3), snapshot("deals_won", 5, FEB, 4), snapshot("deals_won", 3, FEB, 1)],
      TEAMS,
    );
    expect(store.read("deals_won", "sum", 1, Q1)).toBe(8);
  });

  test("children without a value add nothing", () => {
    const store = storeOf([snapshot("deals_won", 4, FEB, 3)], TEAMS);
    expect(store.read("deals_won", "sum", 2, Q1)).toBe(3);
  });

  test("own snapshots outside the window do not count", () => {
    const store = storeOf(
      [snapshot("deals_won", 2, "2025-12-15", 50), snapshot("deals_won", 4, FEB, 3), snapshot("deals_won", 5, FEB, 4)],
      TEAMS,
    );
    expect(store.read("deals_won", "sum", 2, Q1)).toBe(7);
  });

  test("nothing anywhere has no value", () => {
    const store = storeOf([snapshot("deals_won", 4, "2025-12-15", 3)], TEAMS);
    expect(store.read("deals_won", "sum", 1, Q1)).toBeNull();
    expect(store.read("deals_won", "sum", 4, Q1)).toBeNull();
  });

  test("a KPI over nothing reports the metric", () => {
    const kpi = findCatalogKpi("hit_rate");
    if (!kpi) throw new Error("hit_rate missing from the catalog");
    const result = evaluatorOf([], TEAMS).evaluate(kpi, 1, Q1);
    expect(result.value).toBeNull();
    expect(result.reason).toEqual({ code: "no_snapshots", metric: "deals_won", window: Q1 });
  });
});

describe("roll-up of a stock", () => {
  test("children's latest values sum", () => {
    const store = storeOf(
      [snapshot("headcount", 4, "2026-01-31", 8), snapshot("headcount", 4, "2026-03-31", 9), snapshot("headcount", 5, "2025-12-31", 6)],
      TEAMS,
    );
    expect(store.read("headcount", "end", 2, Q1)).toBe(15);
  });

  test("own snapshot in the window replaces the children's", () => {
    const store = storeOf(
      [snapshot("headcount", 2, "2026-03-31", 20), snapshot("headcount", 4, "2026-03-31", 9), snapshot("headcount", 5, "2026-03-31", 6)],
      TEAMS,
    );
    expect(store.read("headcount", "end", 2, Q1)).toBe(20);
  });

  test("children's values win over an old own snapshot", () => {
    const store = storeOf([snapshot("headcount", 2, "2025-06-30", 30), snapshot("headcount", 4, "2026-03-31", 9)], TEAMS);
    expect(store.read("headcount", "end", 2, Q1)).toBe(9);
  });

  test("falls back to the team's own snapshot before the window", () => {
    const store = storeOf([snapshot("headcount", 2, "2025-06-30", 30)], TEAMS);
    expect(store.read("headcount", "end", 2, Q1)).toBe(30);
    expect(store.read("headcount", "end", 1, Q1)).toBe(30);
  });

  test("first() sums the children's opening values", () => {
    const store = storeOf([snapshot("customers", 4, "2025-12-31", 120), snapshot("customers", 5, "2025-11-30", 80)], TEAMS);
    expect(store.read("customers", "first", 1, Q1)).toBe(200);
  });
});
