import { decimalInputValue, parseDecimal } from "~/components/forms/decimal";

describe("parseDecimal", () => {
  test.each([
    ["nl", "56", 56],
    ["nl", "56,5", 56.5],
    ["nl", "-0,25", -0.25],
    ["nl", "1.234,5", 1234.5],
    ["nl", "1.500", 1500],
    ["nl", "1 500", 1500],
    ["nl", "56.5", 56.5],
    ["nl", "0.75", 0.75],
    ["en", "56.5", 56.5],
    ["en", "1,234.5", 1234.5],
    ["en", "1.500", 1.5],
    ["en", "56,5", 56.5],
    ["en", "1,500", 1500],
  ] as const)("%s %s is %d", (language, text, expected) => {
    expect(parseDecimal(text, language)).toBe(expected);
  });

  test.each([
    ["nl", ""],
    ["nl", "veel"],
    ["nl", "1,2,3"],
    ["nl", "1.23.4"],
    ["en", "12e5"],
    ["en", "Infinity"],
    ["en", "0x10"],
  ] as const)("%s %s is no number", (language, text) => {
    expect(parseDecimal(text, language)).toBeNull();
  });
});

describe("decimalInputValue", () => {
  test.each([
    ["nl", 56.5, "56,5"],
    ["en", 56.5, "56.5"],
    ["nl", 1500, "1500"],
    ["nl", null, ""],
  ] as const)("%s %s", (language, value, expected) => {
    expect(decimalInputValue(value, language)).toBe(expected);
  });
});
