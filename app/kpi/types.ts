import type { KpiDirection, MetricKind } from "../../db/schema";
import type { DateWindow } from "./calendar";

export interface MetricDefinition {
  key: string;
  kind: MetricKind;
  unit: string;
}

export interface KpiParameter {
  key: string;
  name_nl: string;
  name_en: string;
  default: number;
}

export interface KpiDefinition {
  key: string;
  formula: string;
  /** Display unit; "%" means the formula yields a fraction that pages show times 100. */
  unit: string;
  direction: KpiDirection;
  params: KpiParameter[];
}

export type FormulaErrorCode =
  | "empty"
  | "syntax"
  | "unknown_metric"
  | "unknown_parameter"
  | "unknown_function"
  | "bad_argument"
  | "unsupported_operator";

/** The problem that rejected a formula, worded by the interface in the reader's language. */
export interface FormulaError {
  code: FormulaErrorCode;
  /** 1-based character position of the problem; one past the end when the formula stops too early. */
  position: number;
  /** The offending identifier, function, operator or character, when there is one. */
  name?: string;
  /** A known name within two edits of an unknown one ("deals_lost" for "dealz_lost"). */
  suggestion?: string;
}

/** Reason a KPI has no value in a window, worded in the reader's language by the interface. */
export type NoValueReason =
  | { code: "division_by_zero"; denominator: string; window: DateWindow }
  | { code: "no_snapshots"; metric: string; window: DateWindow }
  /** An intermediate result overflowed to Infinity or became NaN. */
  | { code: "not_finite"; window: DateWindow }
  /** The stored formula no longer parses, for example because a metric it reads was removed. */
  | { code: "invalid_formula"; error: FormulaError; window: DateWindow };

/** One metric read by a formula, as shown beside the KPI ("the inputs and the snapshots behind them"). */
export interface KpiInput {
  metric: string;
  /** Way the formula reads it: a bare flow sums, a bare stock takes the value as of the window's end. */
  aggregate: "sum" | "end" | "first" | "last" | "avg" | "min" | "max";
  value: number | null;
  window: DateWindow;
}

/** A KPI's value in its base unit (a fraction for "%"), or no value with the reason. */
export type KpiResult =
  | { value: number; reason: null; inputs: KpiInput[] }
  | { value: null; reason: NoValueReason; inputs: KpiInput[] };

/**
 * Evaluates KPIs for any team and any window inside the date range it was loaded for
 * (see loadKpiEvaluator in evaluate.server.ts). Synchronous: the snapshots are already in memory.
 */
export interface KpiEvaluator {
  evaluate(kpi: KpiDefinition, teamId: number, window: DateWindow, params?: Record<string, number>): KpiResult;
}

/** A KPI's value per interval for one team, for charts and the API. */
export interface KpiSeriesPoint {
  /** "2026-W05", "2026-03" or "2026-Q1". */
  period: string;
  window: DateWindow;
  /** In display unit (56 for 56%). */
  value: number | null;
  reason: NoValueReason | null;
}
