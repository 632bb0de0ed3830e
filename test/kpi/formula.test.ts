import type { MetricKind } from "../../db/schema";
import { CATALOG_KPIS, catalogMetricKinds } from "~/kpi/catalog";
import { parseFormula } from "~/kpi/formula";
import { identifiersIn, printFormula } from "~/kpi/formula-text";

const metrics = new Map<string, MetricKind>([
  ["deals_won", "flow"],
  ["deals_lost", "flow"],
  ["customers", "stock"],
  ["customers_lost", "flow"],
  ["headcount", "stock"],
  ["revenue", "flow"],
]);
const scope = { metrics, params: ["list_rate"] };

function parsed(text: string) {
  const result = parseFormula(text, scope);
  if (!result.ok) throw new Error(`expected ${text} to parse, got ${JSON.stringify(result.error)}`);
  return result.formula;
}

describe("parseFormula accepts", () => {
  test.each([
    ["deals_won / (deals_won + deals_lost)", "deals_won / (deals_won + deals_lost)", ["deals_won:sum", "deals_lost:sum"]],
    ["customers_lost / first(customers)", "customers_lost / first(customers)", ["customers_lost:sum", "customers:first"]],
    ["customers", "customers", ["customers:end"]],
    ["last(customers) - first(customers)", "last(customers) - first(customers)", ["customers:last", "customers:first"]],
    ["revenue / avg(headcount)", "revenue / avg(headcount)", ["revenue:sum", "headcount:avg"]],
    ["sum(deals_won) + min(deals_won) + max(deals_won)", "sum(deals_won) + min(deals_won) + max(deals_won)", ["deals_won:sum", "deals_won:min", "deals_won:max"]],
    ["revenue * list_rate / window_days", "revenue * list_rate / window_days", ["revenue:sum"]],
    ["revenue / window_months", "revenue / window_months", ["revenue:sum"]],
    ["-revenue + 1.5e3", "-revenue + 1.5e3", ["revenue:sum"]],
    ["  100*((deals_won))  ", "100 * deals_won", ["deals_won:sum"]],
    ["revenue - (deals_won - deals_lost)", "revenue - (deals_won - deals_lost)", ["revenue:sum", "deals_won:sum", "deals_lost:sum"]],
    [".5 * -(-revenue)", ".5 * -(-revenue)", ["revenue:sum"]],
  ])("%s", (text, printed, reads) => {
    const formula = parsed(text);
    expect(printFormula(formula.root)).toBe(printed);
    expect(formula.reads.map((read) => `${read.metric}:${read.aggregate}`)).toEqual(reads);
  });

  test("metrics lists each key once", () => {
    expect(parsed("deals_won / (deals_won + deals_lost) + sum(deals_won)").metrics).toEqual(["deals_won", "deals_lost"]);
  });

  test("multiplication binds tighter than addition", () => {
    expect(printFormula(parsed("(revenue + deals_won) * deals_lost").root)).toBe("(revenue + deals_won) * deals_lost");
    expect(printFormula(parsed("revenue + deals_won * deals_lost").root)).toBe("revenue + deals_won * deals_lost");
  });
});

describe("parseFormula rejects", () => {
  test.each([
    ["deals_won / (deals_won + dealz_lost)", "unknown_metric", 26, "dealz_lost", "deals_lost"],
    ["sum(dealz_won)", "unknown_metric", 5, "dealz_won", "deals_won"],
    ["omzet / 2", "unknown_metric", 1, "omzet", undefined],
    ["true", "unknown_metric", 1, "true", undefined],
    ["revenue * list_rat", "unknown_parameter", 11, "list_rat", "list_rate"],
    ["revenue / window_dayz", "unknown_parameter", 11, "window_dayz", "window_days"],
    ["median(deals_won)", "unknown_function", 1, "median", undefined],
    ["revenue + deals_won(1)", "unknown_function", 11, "deals_won", undefined],
    ["sum(deals_won, deals_lost)", "bad_argument", 14, "sum", undefined],
    ["sum()", "bad_argument", 5, "sum", undefined],
    ["first(1)", "bad_argument", 7, "first", undefined],
    ["avg(list_rate)", "bad_argument", 5, "avg", undefined],
    ["avg(revenue * 2)", "bad_argument", 5, "avg", undefined],
    ["sum + 1", "bad_argument", 1, "sum", undefined],
    ["", "empty", 1, undefined, undefined],
    ["   ", "empty", 1, undefined, undefined],
    ["revenue +", "syntax", 10, undefined, undefined],
    ["(revenue", "syntax", 9, undefined, undefined],
    ["revenue)", "syntax", 8, ")", undefined],
    ["revenue deals_won", "syntax", 9, "d", undefined],
    ["revenue, deals_won", "syntax", 8, ",", undefined],
    ["'revenue'", "syntax", 1, "'revenue'", undefined],
    ["revenue # 2", "syntax", 9, "#", undefined],
  ])("%s: %s at %i", (text, code, position, name, suggestion) => {
    const result = parseFormula(text, scope);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.position).toBe(position);
    expect(result.error.name).toBe(name);
    expect(result.error.suggestion).toBe(suggestion);
  });
});

describe("parseFormula rejects operators", () => {
  test.each([
    ["revenue % 2", 9, "%"],
    ["revenue > deals_won", 9, ">"],
    ["revenue >= deals_won", 9, ">="],
    ["revenue == 1", 9, "=="],
    ["revenue && deals_won", 9, "&&"],
    ["revenue ? 1 : 2", 9, "?"],
    ["revenue ** 2", 9, "**"],
    ["!revenue", 1, "!"],
    ["+revenue", 1, "+"],
    ["revenue * +2", 11, "+"],
    ["revenue = 2", 9, "="],
    ["Math.max(revenue)", 5, "."],
    ["revenue.length", 8, "."],
    ["revenue[0]", 8, "[]"],
    ["revenue?.x", 8, "?."],
    ["[revenue, 2]", 1, "[]"],
  ])("%s: %s", (text, position, operator) => {
    const result = parseFormula(text, scope);
    expect(result).toEqual({ ok: false, error: { code: "unsupported_operator", position, name: operator } });
  });
});

describe("catalog formulas", () => {
  const catalogScope = catalogMetricKinds();

  test.each(CATALOG_KPIS.map((kpi) => [kpi.key, kpi]))("%s parses against the catalog", (_key, kpi) => {
    const result = parseFormula(kpi.formula, { metrics: catalogScope, params: kpi.params.map((param) => param.key) });
    expect(result.ok ? null : result.error).toBeNull();
  });
});

describe("identifiersIn", () => {
  test("lists names once, skipping numbers", () => {
    expect(identifiersIn("100 * (a_1 - b) / (a_1 + 2e3 + sum(c))")).toEqual(["a_1", "b", "sum", "c"]);
  });
});
