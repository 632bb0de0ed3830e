import { parseBoolean, parseDate, parseNumber, parsePeriod } from "~/imports/values";

describe("parseNumber", () => {
  test.each([
    ["1234,56", "nl", 1234.56],
    ["1.234,56", "nl", 1234.56],
    ["1.234", "nl", 1234],
    ["-1.234.567,8", "nl", -1234567.8],
    ["0,5", "nl", 0.5],
    ["€ 1.250,00", "nl", 1250],
    ["1.250,00 €", "nl", 1250],
    ["1234.56", "en", 1234.56],
    ["1,234.56", "en", 1234.56],
    ["1,234", "en", 1234],
    ["1.234", "en", 1.234],
    ["-0.25", "en", -0.25],
    ["12", "en", 12],
  ] as const)("%s in %s is %d", (text, format, expected) => {
    expect(parseNumber(text, format)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["12,3,4", "nl"],
    ["1.23,4,5", "nl"],
    ["abc", "nl"],
    ["1.23", "nl"],
    ["1234.56", "nl"],
    ["1,23", "en"],
    ["1.234,56", "en"],
    ["12-3", "en"],
    ["12 3", "en"],
  ] as const)("%s in %s is malformed", (text, format) => {
    expect(parseNumber(text, format)).toEqual({ ok: false, code: "invalid_number", params: { format } });
  });
});

describe("parseDate", () => {
  test.each([
    ["31-03-2026", "2026-03-31"],
    ["1-3-2026", "2026-03-01"],
    ["31/03/2026", "2026-03-31"],
    ["2026-03-31", "2026-03-31"],
    ["29-02-2024", "2024-02-29"],
  ])("%s is %s", (text, expected) => {
    expect(parseDate(text)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["31-02-2026", "impossible_date"],
    ["29-02-2026", "impossible_date"],
    ["2026-13-01", "impossible_date"],
    ["03/31/26", "invalid_date"],
    ["31 maart 2026", "invalid_date"],
    ["2026-3-31", "invalid_date"],
  ])("%s is %s", (text, code) => {
    expect(parseDate(text)).toMatchObject({ ok: false, code });
  });
});

describe("parsePeriod", () => {
  test.each([
    ["31-03-2026", "2026-03-31", "2026-03-31"],
    ["2026-W05", "2026-01-26", "2026-02-01"],
    ["2026-w53", "2026-12-28", "2027-01-03"],
    ["2026-03", "2026-03-01", "2026-03-31"],
    ["2026-02", "2026-02-01", "2026-02-28"],
    ["2026-Q1", "2026-01-01", "2026-03-31"],
    ["2026-Q4", "2026-10-01", "2026-12-31"],
  ])("%s runs %s to %s", (text, start, end) => {
    expect(parsePeriod(text, 1)).toEqual({ ok: true, value: { start, end } });
  });

  test("quarter follows the fiscal year", () => {
    expect(parsePeriod("2026-Q1", 4)).toEqual({ ok: true, value: { start: "2026-04-01", end: "2026-06-30" } });
  });

  test.each([
    ["2025-W53", "invalid_period"],
    ["2026-13", "invalid_period"],
    ["2026-Q5", "invalid_period"],
    ["maart", "invalid_period"],
    ["31-02-2026", "impossible_date"],
  ])("%s is %s", (text, code) => {
    expect(parsePeriod(text, 1)).toMatchObject({ ok: false, code });
  });
});

describe("parseBoolean", () => {
  test.each(["ja", "JA", "j", "yes", "y", "1", "true", "waar", "Waar"])("%s is true", (text) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value: true });
  });

  test.each(["nee", "n", "no", "N", "0", "false", "onwaar"])("%s is false", (text) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value: false });
  });

  test.each(["misschien", "2", "x"])("%s is invalid", (text) => {
    expect(parseBoolean(text)).toEqual({ ok: false, code: "invalid_boolean", params: undefined });
  });
});
