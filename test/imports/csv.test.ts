import { decodeFile, detectSeparator, readCsv } from "~/imports/csv";
import { planImport } from "~/imports/plan";
import type { ImportOptions } from "~/imports/types";
import { lookups } from "./lookups";

const longForm: ImportOptions = { kind: "snapshots", numberFormat: "auto", mapping: {} };

const valuesOf = (text: string, options: ImportOptions = longForm) => {
  const plan = planImport(text, options, lookups);
  expect(plan.errors).toEqual([]);
  return plan.snapshots.map((s) => s.value);
};

describe("CSV dialects", () => {
  test("semicolon with decimal commas", () => {
    const text = "periode;team;metriek;waarde\n2026-03;sales;revenue;1234,5\n2026-03;consulting;revenue;0,25\n";
    const plan = planImport(text, longForm, lookups);
    expect(plan.separator).toBe(";");
    expect(plan.numberFormat).toBe("nl");
    expect(plan.snapshots.map((s) => s.value)).toEqual([1234.5, 0.25]);
  });

  test("comma with decimal points", () => {
    const text = "period,team,metric,value\n2026-03,sales,revenue,1234.5\n2026-03,consulting,revenue,\"1,234.75\"\n";
    const plan = planImport(text, longForm, lookups);
    expect(plan.separator).toBe(",");
    expect(plan.numberFormat).toBe("en");
    expect(plan.snapshots.map((s) => s.value)).toEqual([1234.5, 1234.75]);
  });

  test("header with byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("periode;team;metriek;waarde\n2026-03;sales;revenue;7\n")]);
    const text = decodeFile(bytes);
    expect(readCsv(text).header[0]).toBe("periode");
    expect(readCsv("\uFEFFperiode;team\n1;2").header[0]).toBe("periode");
    expect(valuesOf(text)).toEqual([7]);
  });

  test("quoted line break keeps row numbers", () => {
    const text = [
      "periode;team;metriek;waarde;toelichting",
      '2026-03;sales;revenue;10;"eerste regel',
      'tweede regel"',
      "2026-03;nergens;revenue;11;x",
    ].join("\n");
    const table = readCsv(text);
    expect(table.records.map((r) => r.row)).toEqual([2, 3]);
    expect(table.records[0].cells[4]).toBe("eerste regel\ntweede regel");
    const plan = planImport(text, longForm, lookups);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0].row).toBe(3);
    expect(plan.errors[0].code).toBe("unknown_team");
  });

  test("blank and separator-only rows skipped", () => {
    const text = "periode;team;metriek;waarde\n2026-03;sales;revenue;1\n\n;;;\n2026-03;nergens;revenue;2\n";
    const plan = planImport(text, longForm, lookups);
    expect(plan.rowsRead).toBe(2);
    expect(plan.rowsSkipped).toBe(2);
    expect(plan.errors.map((e) => e.row)).toEqual([5]);
  });

  test("thousands dots in nl", () => {
    const text = "periode;team;metriek;waarde\n2026-01;sales;revenue;1.234\n2026-02;sales;revenue;1.234.567,89\n";
    expect(valuesOf(text)).toEqual([1234, 1234567.89]);
  });

  test("31-02 is a row error", () => {
    const text = "datum;team;metriek;waarde\n28-02-2026;sales;revenue;1\n31-02-2026;sales;revenue;2\n";
    const plan = planImport(text, longForm, lookups);
    expect(plan.errors).toEqual([
      { row: 3, column: "datum", value: "31-02-2026", code: "impossible_date", params: {} },
    ]);
  });

  test("empty value reported as missing", () => {
    const text = "periode;team;metriek;waarde\n2026-03;sales;revenue;\n";
    const plan = planImport(text, longForm, lookups);
    expect(plan.errors).toEqual([{ row: 2, column: "waarde", value: "", code: "missing_value", params: {} }]);
    expect(plan.snapshots).toEqual([]);
  });

  test("tab separator", () => {
    const text = "periode\tteam\tmetriek\twaarde\n2026-03\tsales\trevenue\t1.250,5\n";
    const plan = planImport(text, longForm, lookups);
    expect(plan.separator).toBe("\t");
    expect(plan.snapshots.map((s) => s.value)).toEqual([1250.5]);
  });

  test("decimal commas do not fool the separator", () => {
    const text = "periode;team;metriek;waarde\n2026-03;sales;revenue;1,5\n2026-04;sales;revenue;2,5\n";
    expect(detectSeparator(text)).toBe(";");
    expect(detectSeparator('a;b;"c, d, e"\n1,5;2,5;3,5')).toBe(";");
    expect(valuesOf(text)).toEqual([1.5, 2.5]);
  });

  test("sep= line names the separator", () => {
    const table = readCsv("sep=,\nperiod,team\n2026-03,sales\n");
    expect(table.separator).toBe(",");
    expect(table.header).toEqual(["period", "team"]);
    expect(table.records[0].row).toBe(2);
  });

  test("Windows-1252 and UTF-16 files decode", () => {
    expect(decodeFile(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe("café");
    expect(decodeFile(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3b, 0x00]))).toBe("a;");
  });

  test("unclosed quote is a row error", () => {
    const text = 'periode;team;metriek;waarde\n2026-03;sales;revenue;"12\n';
    const plan = planImport(text, longForm, lookups);
    expect(plan.errors.map((e) => [e.row, e.code])).toContainEqual([2, "unbalanced_quotes"]);
  });

  test("unquoted decimal comma in comma file", () => {
    const text = "period,team,metric,value\n2026-03,sales,revenue,12,5\n";
    const plan = planImport(text, longForm, lookups);
    expect(plan.errors).toEqual([
      { row: 2, column: "", value: "5", code: "extra_fields", params: { expected: 4, found: 5 } },
    ]);
  });

  test("number format overrides auto", () => {
    const text = "period,team,metric,value\n2026-03,sales,revenue,\"1.234\"\n";
    expect(valuesOf(text)).toEqual([1.234]);
    expect(valuesOf(text, { ...longForm, numberFormat: "nl" })).toEqual([1234]);
  });
});
