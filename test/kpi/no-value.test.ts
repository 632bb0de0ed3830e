import { describeFormulaError, describeNoValue, describeWindow } from "~/kpi/no-value";

const Q1 = { start: "2026-01-01", end: "2026-03-31" };
const PART = { start: "2026-01-01", end: "2026-02-15" };

describe("describeWindow", () => {
  test.each([
    [Q1, "nl", 1, "2026-Q1"],
    [Q1, "en", 1, "2026-Q1"],
    [PART, "nl", 1, "01-01-2026 t/m 15-02-2026"],
    [PART, "en", 1, "01/01/2026 to 15/02/2026"],
    [{ start: "2026-04-01", end: "2026-06-30" }, "nl", 4, "2026-Q1"],
    [Q1, "nl", 4, "2025-Q4"],
    [{ start: "2026-02-01", end: "2026-04-30" }, "nl", 4, "01-02-2026 t/m 30-04-2026"],
  ] as const)("%o in %s (fiscal start %i)", (window, language, fiscalStart, expected) => {
    expect(describeWindow(window, language, fiscalStart)).toBe(expected);
  });
});

describe("describeNoValue", () => {
  test.each([
    [{ code: "division_by_zero", denominator: "deals_won + deals_lost", window: Q1 }, "nl", "deling door nul: deals_won + deals_lost is 0 in 2026-Q1"],
    [{ code: "division_by_zero", denominator: "deals_won + deals_lost", window: Q1 }, "en", "division by zero: deals_won + deals_lost is 0 in 2026-Q1"],
    [{ code: "no_snapshots", metric: "deals_won", window: PART }, "nl", "geen meetwaarden voor deals_won in 01-01-2026 t/m 15-02-2026"],
    [{ code: "no_snapshots", metric: "deals_won", window: Q1 }, "en", "no snapshots of deals_won in 2026-Q1"],
    [{ code: "not_finite", window: Q1 }, "en", "the result is too large to compute in 2026-Q1"],
    [
      { code: "invalid_formula", error: { code: "unknown_metric", position: 11, name: "gone" }, window: Q1 },
      "nl",
      "de formule is ongeldig: Onbekende metriek 'gone' op positie 11: gebruik de sleutel van een bestaande metriek.",
    ],
  ] as const)("%o in %s", (reason, language, expected) => {
    expect(describeNoValue(reason, language)).toBe(expected);
  });
});

describe("describeFormulaError", () => {
  test.each([
    [{ code: "unknown_metric", position: 26, name: "dealz_lost", suggestion: "deals_lost" }, "nl", "Onbekende metriek 'dealz_lost' op positie 26: bedoel je 'deals_lost'?"],
    [{ code: "unknown_metric", position: 26, name: "dealz_lost", suggestion: "deals_lost" }, "en", "Unknown metric 'dealz_lost' at position 26: did you mean 'deals_lost'?"],
    [{ code: "syntax", position: 10 }, "en", "The formula ends too early at position 10: something is missing, such as a closing parenthesis or a number."],
    [{ code: "unsupported_operator", position: 9, name: "%" }, "en", "Operator '%' at position 9 is not supported: use only +, -, *, / and parentheses."],
    [{ code: "bad_argument", position: 5, name: "avg" }, "nl", "avg op positie 5 verwacht precies één metriek tussen haakjes, zoals avg(headcount)."],
    [{ code: "empty", position: 1 }, "nl", "De formule is leeg: vul een formule in, zoals deals_won / (deals_won + deals_lost)."],
  ] as const)("%o in %s", (error, language, expected) => {
    expect(describeFormulaError(error, language)).toBe(expected);
  });
});
