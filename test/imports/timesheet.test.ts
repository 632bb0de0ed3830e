import { planImport } from "~/imports/plan";
import type { ColumnMapping, PlannedSnapshot } from "~/imports/types";
import { lookups } from "./lookups";

const plan = (text: string, mapping: ColumnMapping = {}) =>
  planImport(text, { kind: "timesheet", numberFormat: "auto", mapping }, lookups);

/** Snapshot values by "team|week start|metric". */
const byKey = (snapshots: PlannedSnapshot[]) =>
  Object.fromEntries(snapshots.map((s) => [`${s.teamKey}|${s.periodStart}|${s.metricKey}`, s.value]));

describe("timesheet", () => {
  // Sunday 1 March 2026 ends 2026-W09 (23 Feb – 1 Mar); Monday 2 March starts 2026-W10.
  // Thursday 31 December 2026 lies in 2026-W53 (28 Dec 2026 – 3 Jan 2027).
  const text = [
    "datum;medewerker;uren;declarabel;bedrag",
    "01-03-2026;Anna de Vries;8;ja;800",
    "02-03-2026;anna@example.nl;7,5;nee;0",
    "08-03-2026;Anna de Vries;2,5;j;250,5",
    "31-12-2026;Bram Jansen;4;yes;400",
  ].join("\n");

  test.each([
    ["sales|2026-02-23|worked_hours", 8],
    ["sales|2026-02-23|billable_hours", 8],
    ["sales|2026-02-23|invoiced_amount", 800],
    ["sales|2026-03-02|worked_hours", 10],
    ["sales|2026-03-02|billable_hours", 2.5],
    ["sales|2026-03-02|invoiced_amount", 250.5],
    ["consulting|2026-12-28|worked_hours", 4],
    ["consulting|2026-12-28|billable_hours", 4],
    ["consulting|2026-12-28|invoiced_amount", 400],
  ])("%s is %d", (key, expected) => {
    const result = plan(text);
    expect(result.errors).toEqual([]);
    expect(byKey(result.snapshots)[key]).toBe(expected);
  });

  test("weeks run Monday to Sunday", () => {
    const periods = new Set(plan(text).snapshots.map((s) => `${s.periodStart}/${s.periodEnd}`));
    expect([...periods]).toEqual(["2026-02-23/2026-03-01", "2026-03-02/2026-03-08", "2026-12-28/2027-01-03"]);
  });

  test("no amount column means zero", () => {
    const result = plan("date,team,hours,billable\n2026-03-02,sales,6.5,no\n");
    expect(byKey(result.snapshots)).toEqual({
      "sales|2026-03-02|worked_hours": 6.5,
      "sales|2026-03-02|billable_hours": 0,
      "sales|2026-03-02|invoiced_amount": 0,
    });
  });

  test("empty amount cell is missing", () => {
    const result = plan("datum;team;uren;declarabel;bedrag\n02-03-2026;sales;6;nee;\n");
    expect(result.errors).toEqual([{ row: 2, column: "bedrag", value: "", code: "missing_value", params: {} }]);
  });

  test("invalid billable flag", () => {
    const result = plan("datum;team;uren;declarabel\n02-03-2026;sales;6;misschien\n");
    expect(result.errors).toEqual([{ row: 2, column: "declarabel", value: "misschien", code: "invalid_boolean", params: {} }]);
  });

  test("person column by mapping", () => {
    const result = plan("Dag;Wie;Tijd;Fact.\n02-03-2026;Bram Jansen;3;1\n", {
      date: "Dag",
      person: "Wie",
      hours: "Tijd",
      billable: "Fact.",
    });
    expect(result.errors).toEqual([]);
    expect(byKey(result.snapshots)["consulting|2026-03-02|billable_hours"]).toBe(3);
  });

  test("without person or team column", () => {
    const result = plan("datum;uren;declarabel\n02-03-2026;6;nee\n");
    expect(result.errors.map((e) => [e.column, e.code])).toEqual([["person", "missing_column"]]);
  });
});
