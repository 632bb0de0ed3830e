import { planImport } from "~/imports/plan";
import type { ColumnMapping, ImportOptions, PlannedSnapshot } from "~/imports/types";
import { lookups } from "./lookups";

const plan = (text: string, mapping: ColumnMapping = {}) =>
  planImport(text, { kind: "crm-deals", numberFormat: "auto", mapping } satisfies ImportOptions, lookups);

const HEADER = "opportunity_id;sales_agent;deal_stage;engage_date;close_date;close_value";

/** Snapshot values by "team|month start|metric". */
const byKey = (snapshots: PlannedSnapshot[]) =>
  Object.fromEntries(snapshots.map((s) => [`${s.teamKey}|${s.periodStart}|${s.metricKey}`, s.value]));

describe("CRM deals", () => {
  // Cycle days: 10 Jan → 5 Mar is 54, 1 Feb → 1 Mar is 28, 10 Mar → 31 Mar is 21, 30 Mar → 2 Apr is 3.
  const text = [
    HEADER,
    "A1;Anna de Vries;Won;10-01-2026;05-03-2026;1.000",
    "A2;anna@example.nl;Won;01-02-2026;01-03-2026;2.500,50",
    "A3;Anna de Vries;gewonnen;10-03-2026;31-03-2026;499,50",
    "A4;Anna de Vries;Lost;15-02-2026;20-03-2026;800",
    "A5;Anna de Vries;VERLOREN;;25-03-2026;0",
    "A6;Anna de Vries;Engaging;01-03-2026;;",
    "A7;Anna de Vries;Prospecting;;;",
    "A8;Anna de Vries;Won;30-03-2026;02-04-2026;100",
  ].join("\n");

  test.each([
    ["sales|2026-03-01|deals_won", 3],
    ["sales|2026-03-01|deals_lost", 2],
    ["sales|2026-03-01|deals_won_value", 4000],
    ["sales|2026-03-01|deals_lost_value", 800],
    ["sales|2026-03-01|sales_cycle_days", 103],
    ["sales|2026-04-01|deals_won", 1],
    ["sales|2026-04-01|deals_lost", 0],
    ["sales|2026-04-01|deals_won_value", 100],
    ["sales|2026-04-01|deals_lost_value", 0],
    ["sales|2026-04-01|sales_cycle_days", 3],
  ])("%s is %d", (key, expected) => {
    const result = plan(text);
    expect(result.errors).toEqual([]);
    expect(byKey(result.snapshots)[key]).toBe(expected);
  });

  test("five metrics per team and month", () => {
    const result = plan(text);
    expect(result.snapshots).toHaveLength(10);
    expect(result.snapshots.every((s) => s.periodEnd === (s.periodStart === "2026-03-01" ? "2026-03-31" : "2026-04-30"))).toBe(true);
  });

  test("open deals counted, not read", () => {
    expect(plan(text).openDealsIgnored).toBe(2);
    expect(plan(text).rowsRead).toBe(8);
  });

  test("team column by mapping", () => {
    const result = plan("stage,team,engage,closed,amount\nWon,Advies,2026-03-01,2026-03-11,1200.5\n", {
      stage: "stage",
      team: "team",
      engage_date: "engage",
      close_date: "closed",
      value: "amount",
    });
    expect(result.errors).toEqual([]);
    expect(byKey(result.snapshots)).toEqual({
      "consulting|2026-03-01|deals_won": 1,
      "consulting|2026-03-01|deals_lost": 0,
      "consulting|2026-03-01|deals_won_value": 1200.5,
      "consulting|2026-03-01|deals_lost_value": 0,
      "consulting|2026-03-01|sales_cycle_days": 10,
    });
    expect(result.columns).toMatchObject({ team: "team", owner: null, close_date: "closed" });
  });

  test("won deal without close date", () => {
    const result = plan(`${HEADER}\nB1;Anna de Vries;Won;01-03-2026;;100\n`);
    expect(result.errors).toEqual([{ row: 2, column: "close_date", value: "", code: "missing_value", params: {} }]);
  });

  test("close before engage", () => {
    const result = plan(`${HEADER}\nB1;Anna de Vries;Lost;10-03-2026;01-03-2026;0\n`);
    expect(result.errors).toEqual([
      {
        row: 2,
        column: "close_date",
        value: "01-03-2026",
        code: "close_before_engage",
        params: { engage: "2026-03-10", close: "2026-03-01" },
      },
    ]);
  });

  test("unknown owner", () => {
    const result = plan(`${HEADER}\nB1;Carla Smit;Won;01-03-2026;02-03-2026;1\n`);
    expect(result.errors).toEqual([{ row: 2, column: "sales_agent", value: "Carla Smit", code: "unknown_person", params: {} }]);
  });

  test("mapped header missing from file", () => {
    const result = plan(`${HEADER}\nB1;Anna de Vries;Won;01-03-2026;02-03-2026;1\n`, { close_date: "Sluitdatum" });
    expect(result.errors.map((e) => [e.row, e.code, e.value])).toEqual([[1, "unknown_column", "Sluitdatum"]]);
  });

  test("owner and team both mapped", () => {
    const result = plan("deal_stage;sales_agent;team;engage_date;close_date;close_value\nWon;x;y;;;\n", {
      owner: "sales_agent",
      team: "team",
    });
    expect(result.errors.map((e) => e.code)).toEqual(["owner_and_team"]);
  });
});
