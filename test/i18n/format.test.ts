import { formatDate, formatKpiValue, formatMoney, formatNumber, formatPercent, formatScore } from "~/i18n/format";

// Intl separates the euro sign from the amount with a no-break space (U+00A0) in nl-NL.
describe("locale formats", () => {
  test.each([
    ["nl", 1234.56, "1.234,56"],
    ["en", 1234.56, "1,234.56"],
    ["nl", -0.5, "-0,5"],
  ] as const)("formatNumber %s %d", (language, value, expected) => {
    expect(formatNumber(language, value)).toBe(expected);
  });

  test.each([
    ["nl", 1234.56, "€\u00a01.234,56"],
    ["en", 1234.56, "€1,234.56"],
  ] as const)("formatMoney %s %d", (language, value, expected) => {
    expect(formatMoney(language, value)).toBe(expected);
  });

  test.each([
    ["nl", "2026-03-31", "31-03-2026"],
    ["en", "2026-03-31", "31/03/2026"],
  ] as const)("formatDate %s %s", (language, value, expected) => {
    expect(formatDate(language, value)).toBe(expected);
  });

  test("formatPercent shows a fraction as a percentage", () => {
    expect(formatPercent("nl", 0.56)).toBe("56%");
    expect(formatPercent("nl", 0.625)).toBe("62,5%");
  });

  test.each([
    ["nl", 0.7, "0,70"],
    ["en", 0.7, "0.70"],
    ["nl", 0.696, "0,69"],
    ["nl", 0.29, "0,29"],
    ["nl", 0.6667, "0,66"],
    ["nl", 1, "1,00"],
    ["nl", 0, "0,00"],
  ] as const)("formatScore %s %d cuts to two decimals", (language, score, expected) => {
    expect(formatScore(language, score)).toBe(expected);
  });

  test("formatKpiValue follows the unit", () => {
    expect(formatKpiValue("nl", 56, "%")).toBe("56%");
    expect(formatKpiValue("nl", 2500, "EUR")).toBe("€\u00a02.500");
    expect(formatKpiValue("en", 3.6, "1-5")).toBe("3.6 / 5");
    expect(formatKpiValue("nl", 49.56, "days")).toBe("49,56 dagen");
    expect(formatKpiValue("en", 49.56, "days")).toBe("49.56 days");
    expect(formatKpiValue("nl", 120, "EUR/h")).toBe("€\u00a0120,00/uur");
    expect(formatKpiValue("nl", 7.5, "h")).toBe("7,5 uur");
  });
});
