import { type DateWindow, windowDays, windowMonths } from "./calendar";
import { type Formula, type FormulaNode, type ParseResult, parseFormula } from "./formula";
import { printFormula } from "./formula-text";
import type { SnapshotStore } from "./snapshot-store";
import type { KpiDefinition, KpiEvaluator, KpiInput, KpiParameter, KpiResult, NoValueReason } from "./types";

/**
 * Convert a value in a KPI's base unit to its display unit: fractions of "%" KPIs times 100. The
 * product is rounded to 12 significant digits to drop binary noise (0.07 × 100 = 7.000000000000001).
 */
export function toDisplayUnit(value: number, unit: string): number {
  if (unit !== "%") return value;
  return Number((value * 100).toPrecision(12));
}

/** Convert a value in display unit back to the base unit: 56 for a "%" KPI is the fraction 0.56. */
export function fromDisplayUnit(value: number, unit: string): number {
  if (unit !== "%") return value;
  return Number((value / 100).toPrecision(12));
}

/** Parameter values: each declared parameter's default, replaced by a finite override of the same key. */
export function resolveParams(declared: readonly KpiParameter[], overrides: Record<string, number> = {}): Record<string, number> {
  const values: Record<string, number> = {};
  for (const param of declared) {
    const override = overrides[param.key];
    values[param.key] = typeof override === "number" && Number.isFinite(override) ? override : param.default;
  }
  return values;
}

/**
 * Evaluate a parsed formula for one team over one window. Every metric read is listed in `inputs`,
 * also when the result has no value. No value: a metric with nothing in the window (no_snapshots),
 * a zero denominator (division_by_zero) or a non-finite intermediate (not_finite); never 0 or NaN.
 */
export function evaluateFormula(
  formula: Formula,
  store: SnapshotStore,
  teamId: number,
  window: DateWindow,
  params: Record<string, number>,
): KpiResult {
  const inputs: KpiInput[] = formula.reads.map((read) => ({
    metric: read.metric,
    aggregate: read.aggregate,
    value: store.read(read.metric, read.aggregate, teamId, window),
    window,
  }));
  const readValues = new Map(inputs.map((input) => [`${input.metric}|${input.aggregate}`, input.value]));

  const compute = (node: FormulaNode): number | NoValueReason => {
    switch (node.type) {
      case "number":
        return node.value;
      case "parameter":
        return finiteOr(params[node.key] ?? Number.NaN, window);
      case "window":
        return node.variable === "window_days" ? windowDays(window) : windowMonths(window);
      case "metric": {
        const value = readValues.get(`${node.metric}|${node.aggregate}`) ?? null;
        if (value === null) return { code: "no_snapshots", metric: node.metric, window };
        return finiteOr(value, window);
      }
      case "negate": {
        const operand = compute(node.operand);
        return typeof operand === "number" ? finiteOr(-operand, window) : operand;
      }
      case "binary": {
        const left = compute(node.left);
        if (typeof left !== "number") return left;
        const right = compute(node.right);
        if (typeof right !== "number") return right;
        if (node.operator === "/" && right === 0) return { code: "division_by_zero", denominator: printFormula(node.right), window };
        return finiteOr(applyOperator(node.operator, left, right), window);
      }
    }
  };

  const outcome = compute(formula.root);
  if (typeof outcome !== "number") return { value: null, reason: outcome, inputs };
  return { value: outcome, reason: null, inputs };
}

function applyOperator(operator: "+" | "-" | "*" | "/", left: number, right: number): number {
  switch (operator) {
    case "+":
      return left + right;
    case "-":
      return left - right;
    case "*":
      return left * right;
    case "/":
      return left / right;
  }
}

/** Return the value (with -0 as 0), or not_finite for Infinity and NaN. */
function finiteOr(value: number, window: DateWindow): number | NoValueReason {
  if (!Number.isFinite(value)) return { code: "not_finite", window };
  return value === 0 ? 0 : value;
}

/**
 * Create an evaluator over a store. It parses each (formula, parameter keys) once and keeps the
 * result. A formula that no longer parses, because a metric it reads was removed, has no value
 * with the reason invalid_formula.
 */
export function createKpiEvaluator(store: SnapshotStore): KpiEvaluator {
  const parsed = new Map<string, ParseResult>();

  const parse = (kpi: KpiDefinition): ParseResult => {
    const paramKeys = kpi.params.map((param) => param.key);
    const key = `${kpi.formula}\u0000${paramKeys.join(",")}`;
    let result = parsed.get(key);
    if (!result) {
      result = parseFormula(kpi.formula, { metrics: store.metricKinds, params: paramKeys });
      parsed.set(key, result);
    }
    return result;
  };

  return {
    evaluate(kpi, teamId, window, params) {
      const result = parse(kpi);
      if (!result.ok) return { value: null, reason: { code: "invalid_formula", error: result.error, window }, inputs: [] };
      return evaluateFormula(result.formula, store, teamId, window, resolveParams(kpi.params, params));
    },
  };
}
