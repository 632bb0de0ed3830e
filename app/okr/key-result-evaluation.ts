import { z } from "zod";
import type { KeyResult } from "../../db/schema";
import type { DateWindow } from "../kpi/calendar";
import { resolveParams, toDisplayUnit } from "../kpi/evaluate";
import type { KpiDefinition, KpiEvaluator, KpiInput, NoValueReason } from "../kpi/types";
import { scoreKeyResult } from "./scoring";

/** The columns of a key result that scoring reads. */
export type KeyResultRow = Pick<
  KeyResult,
  | "id"
  | "objective_id"
  | "title"
  | "owner_id"
  | "weight"
  | "kind"
  | "kpi_id"
  | "scope_team_id"
  | "window_kind"
  | "window_length"
  | "baseline"
  | "target"
  | "kpi_params"
  | "grade"
>;

export const keyResultColumns = [
  "id",
  "objective_id",
  "title",
  "owner_id",
  "weight",
  "kind",
  "kpi_id",
  "scope_team_id",
  "window_kind",
  "window_length",
  "baseline",
  "target",
  "kpi_params",
  "grade",
] as const satisfies readonly (keyof KeyResultRow)[];

export interface KeyResultEvaluation {
  /** KPI value in display unit (56 for 56%), or a milestone's grade; null when there is none. */
  value: number | null;
  reason: NoValueReason | null;
  inputs: KpiInput[];
  progress: number | null;
  score: number;
}

const paramsSchema = z.record(z.string(), z.number());

/**
 * Merge the key result's parameter overrides (kpi_params, a JSON object) over the KPI's defaults.
 * NOTE: overrides that are not a JSON object of numbers are ignored, so the defaults apply.
 */
export function kpiParameters(kpi: KpiDefinition, kpiParams: string): Record<string, number> {
  let overrides: unknown;
  try {
    overrides = JSON.parse(kpiParams);
  } catch {
    return resolveParams(kpi.params);
  }
  const parsed = paramsSchema.safeParse(overrides);
  return resolveParams(kpi.params, parsed.success ? parsed.data : {});
}

/**
 * Evaluate and score one key result. A milestone takes its grade. A KPI key result is evaluated
 * for its team over its window. It has no value and scores 0 when it lacks a KPI, a window (the
 * period has not started) or an evaluator.
 */
export function evaluateKeyResult(
  kr: KeyResultRow,
  kpi: KpiDefinition | null,
  evaluator: KpiEvaluator | null,
  teamId: number,
  window: DateWindow | null,
): KeyResultEvaluation {
  const rule = { kind: kr.kind, baseline: kr.baseline, target: kr.target, grade: kr.grade };
  if (kr.kind === "milestone") {
    return { value: kr.grade, reason: null, inputs: [], ...scoreKeyResult(rule, kr.grade) };
  }
  if (!kpi || !evaluator || !window) {
    return { value: null, reason: null, inputs: [], ...scoreKeyResult(rule, null) };
  }

  const result = evaluator.evaluate(kpi, teamId, window, kpiParameters(kpi, kr.kpi_params));
  const value = result.value === null ? null : toDisplayUnit(result.value, kpi.unit);
  return { value, reason: result.reason, inputs: result.inputs, ...scoreKeyResult(rule, value) };
}
