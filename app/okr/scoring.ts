import type { KeyResultKind } from "../../db/schema";
import type { ScoreColour } from "./types";

/** The success norm: OKRs are stretch goals, and 0.7 is the normal good outcome. */
export const DEFAULT_SUCCESS_NORM = 0.7;
/** Below this a score is red; from here up to the norm it is amber. */
export const AMBER_FROM = 0.4;

/**
 * Round to 4 decimals. Every score is rounded before it is compared, coloured or stored, so
 * floating-point noise (0.69999999) never decides a colour or a success.
 */
export function roundScore(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export type TargetProblem = "baseline_equals_target" | "target_not_above_baseline" | "target_not_below_baseline";

/**
 * Check a KPI key result's baseline and target for its kind. Increase needs a target above the
 * baseline, decrease one below; an equal baseline and target is rejected (a stay kind fits that).
 */
export function checkTargets(kind: KeyResultKind, baseline: number, target: number): TargetProblem | null {
  if (kind !== "increase" && kind !== "decrease") return null;
  if (baseline === target) return "baseline_equals_target";
  if (kind === "increase" && target < baseline) return "target_not_above_baseline";
  if (kind === "decrease" && target > baseline) return "target_not_below_baseline";
  return null;
}

export interface KeyResultRule {
  kind: KeyResultKind;
  baseline: number | null;
  target: number | null;
  /** Milestone grade 0..1, set by hand. */
  grade: number | null;
}

export interface KeyResultOutcome {
  /** Unclamped progress, rounded to 4 decimals; null for stay kinds and milestones, or without a value. */
  progress: number | null;
  /** 0..1, rounded to 4 decimals. */
  score: number;
}

/**
 * Score a key result from its current value (in the KPI's display unit).
 * Increase/decrease: progress = (current − baseline) / (target − baseline), score = progress clamped
 * to 0..1, so a value on the wrong side of the baseline scores 0. Stay at least / at most: 1 when the
 * value is at or beyond the threshold (the target), else 0. Milestone: the grade.
 * A key result without a value scores 0 (nothing measured is no progress).
 */
export function scoreKeyResult(rule: KeyResultRule, value: number | null): KeyResultOutcome {
  if (rule.kind === "milestone") {
    const grade = rule.grade ?? 0;
    return { progress: null, score: roundScore(Math.min(1, Math.max(0, grade))) };
  }
  if (value === null || rule.target === null) return { progress: null, score: 0 };

  if (rule.kind === "at_least") return { progress: null, score: roundScore(value) >= roundScore(rule.target) ? 1 : 0 };
  if (rule.kind === "at_most") return { progress: null, score: roundScore(value) <= roundScore(rule.target) ? 1 : 0 };

  if (rule.baseline === null || rule.baseline === rule.target) return { progress: null, score: 0 };
  const progress = roundScore((value - rule.baseline) / (rule.target - rule.baseline));
  return { progress, score: Math.min(1, Math.max(0, progress)) };
}

/**
 * Weighted mean of key result scores. Throws when every weight is zero or a weight is negative:
 * the forms reject both, so reaching this is a bug. Returns null for no key results.
 */
export function weightedScore(items: { weight: number; score: number }[]): number | null {
  if (items.length === 0) return null;
  let weights = 0;
  let total = 0;
  for (const item of items) {
    if (item.weight < 0 || !Number.isFinite(item.weight)) throw new Error(`Invalid key result weight ${item.weight}`);
    weights += item.weight;
    total += item.weight * item.score;
  }
  if (weights === 0) throw new Error("All key result weights are zero: give at least one a positive weight");
  return roundScore(total / weights);
}

/** Plain mean of scores (team and company scores), rounded; null for none. */
export function meanScore(scores: number[]): number | null {
  if (scores.length === 0) return null;
  return roundScore(scores.reduce((sum, s) => sum + s, 0) / scores.length);
}

/** Share of scores at or above the norm; null for none. */
export function successRate(scores: number[], norm = DEFAULT_SUCCESS_NORM): number | null {
  if (scores.length === 0) return null;
  const met = scores.filter((s) => roundScore(s) >= roundScore(norm)).length;
  return roundScore(met / scores.length);
}

export function scoreColour(score: number, norm = DEFAULT_SUCCESS_NORM): ScoreColour {
  const rounded = roundScore(score);
  if (rounded >= roundScore(norm)) return "green";
  if (rounded >= AMBER_FROM) return "amber";
  return "red";
}
