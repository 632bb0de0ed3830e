import { caretAt, paramErrorsOnField, parseParamLines } from "~/kpi/kpi-form";

describe("parseParamLines", () => {
  test("lines with Dutch decimals, blank lines skipped", () => {
    const result = parseParamLines("list_rate = 99,5\n\n  relationship_months=36  \n", "nl");

    expect(result).toEqual({
      ok: true,
      params: [
        { key: "list_rate", name_nl: "list_rate", name_en: "list_rate", default: 99.5 },
        { key: "relationship_months", name_nl: "relationship_months", name_en: "relationship_months", default: 36 },
      ],
      lines: [
        { line: 1, key: "list_rate", defaultText: "99,5" },
        { line: 3, key: "relationship_months", defaultText: "36" },
      ],
    });
  });

  test("empty field gives no parameters", () => {
    expect(parseParamLines("", "en")).toEqual({ ok: true, params: [], lines: [] });
  });

  test.each([
    ["list_rate", "param_line", 1],
    ["a=1\nlist_rate 100", "param_line", 2],
    ["list_rate=veel", "param_number", 1],
  ])("%j gives %s on line %d", (text, code, line) => {
    const result = parseParamLines(text, "nl");

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.params).toMatchObject({ code, params: { line } });
  });
});

describe("paramErrorsOnField", () => {
  test("first parameter error moves onto the field with its text", () => {
    const lines = [
      { line: 1, key: "a", defaultText: "1" },
      { line: 2, key: "Bad", defaultText: "2" },
    ];

    const errors = paramErrorsOnField({ key: { code: "required" }, "params.1.key": { code: "key_format" }, "params.0.default": { code: "number_invalid" } }, lines);

    expect(errors).toEqual({ key: { code: "required" }, params: { code: "key_format", params: { value: "Bad" } } });
  });
});

describe("caretAt", () => {
  test.each([
    ["a + * b", 5, ["a + * b", "    ^"]],
    ["a +", 4, ["a +", "   ^"]],
    ["a\n+ b )", 7, ["+ b )", "    ^"]],
  ] as const)("%j at %d", (formula, position, expected) => {
    expect(caretAt(formula, position)).toEqual(expected);
  });
});
