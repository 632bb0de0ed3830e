import { translator } from "~/i18n/i18n";
import en from "~/i18n/locales/en/imports";
import nl from "~/i18n/locales/nl/imports";
import { isFileError, rowErrorMessage } from "~/imports/messages";
import type { RowError } from "~/imports/types";

const error = (overrides: Partial<RowError>): RowError => ({
  row: 14,
  column: "close_date",
  value: "31-02-2017",
  code: "impossible_date",
  params: {},
  ...overrides,
});

const keysOf = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, `${prefix}${key}.`))
    : [prefix];

describe("rowErrorMessage", () => {
  test("impossible date in Dutch", () => {
    expect(rowErrorMessage(translator("nl"), "nl", error({}))).toBe(
      "Rij 14, kolom close_date: '31-02-2017' is geen bestaande datum. Controleer dag en maand (de maand heeft minder dagen).",
    );
  });

  test("impossible date in English", () => {
    expect(rowErrorMessage(translator("en"), "en", error({}))).toBe(
      "Row 14, column close_date: '31-02-2017' is not an existing date. Check the day and the month (the month has fewer days).",
    );
  });

  test("number error names the format", () => {
    const message = rowErrorMessage(translator("nl"), "nl", error({ column: "waarde", value: "12,3,4", code: "invalid_number", params: { format: "nl" } }));
    expect(message).toBe(
      "Rij 14, kolom waarde: '12,3,4' is geen getal in Nederlandse notatie. Schrijf het als 1.234,56, of kies een andere getalnotatie.",
    );
  });

  test("dates in parameters are formatted", () => {
    const message = rowErrorMessage(
      translator("nl"),
      "nl",
      error({ code: "close_before_engage", params: { engage: "2026-03-10", close: "2026-03-01" } }),
    );
    expect(message).toBe("Rij 14, kolom close_date: de sluitdatum 01-03-2026 ligt vóór de startdatum 10-03-2026. Verbeter een van beide.");
  });

  test("file errors have no row", () => {
    const message = rowErrorMessage(
      translator("en"),
      "en",
      error({ row: 1, column: "stage", value: "", code: "missing_column", params: { field: "stage", expected: "deal_stage, stage", found: "a, b" } }),
    );
    expect(message.startsWith("File: the column for 'stage' is missing.")).toBe(true);
  });

  test("row errors without column", () => {
    const message = rowErrorMessage(translator("nl"), "nl", error({ row: 1203, column: "", value: "", code: "duplicate_snapshot", params: { firstRow: 1002 } }));
    expect(message).toBe("Rij 1203: dezelfde metriek, hetzelfde team en dezelfde periode staan al in rij 1002. Houd één van beide rijen.");
  });
});

describe("imports locale", () => {
  test("same keys in Dutch and English", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });
});

describe("isFileError", () => {
  test.each([
    [error({ code: "closed_quarter", row: 1, column: "", value: "2026-Q1" }), true],
    [error({ code: "missing_column", row: 1, column: "" }), true],
    [error({ code: "invalid_date", row: 1, column: "" }), true],
    [error({}), false],
    [error({ code: "unknown_team", row: 3, column: "team" }), false],
  ])("%o is %s", (row, expected) => {
    expect(isFileError(row)).toBe(expected);
  });

  test("a closed quarter is worded as a file error", () => {
    const message = rowErrorMessage(translator("en"), "en", error({ code: "closed_quarter", row: 1, column: "", value: "2026-Q1", params: { quarter: "2026-Q1", count: 2, metric: "revenue", team: "sales", start: "2026-01-01", end: "2026-01-31" } }));
    expect(message.startsWith("File: 2 values count in 2026-Q1")).toBe(true);
  });
});
