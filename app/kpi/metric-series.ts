import type { MetricKind } from "../../db/schema";
import type { MetricAggregate } from "./formula";

/**
 * One metric's snapshots for one team, sorted by middle day. Days are epoch days (see toEpochDay),
 * so that searches compare integers. Windows below are [start, end] in epoch days, both inclusive.
 */
export interface MetricSeries {
  days: Int32Array;
  values: Float64Array;
}

/**
 * Build a series from parallel lists of days and values, sorting by day when needed. Of snapshots
 * on the same day, the later one in the input wins every "as of" read.
 */
export function buildSeries(days: readonly number[], values: readonly number[]): MetricSeries {
  let order: number[] | null = null;
  for (let i = 1; i < days.length; i += 1) {
    if (days[i] < days[i - 1]) {
      order = days.map((_, j) => j).sort((a, b) => days[a] - days[b] || a - b);
      break;
    }
  }
  if (!order) return { days: Int32Array.from(days), values: Float64Array.from(values) };
  return { days: Int32Array.from(order, (j) => days[j]), values: Float64Array.from(order, (j) => values[j]) };
}

/** Index of the first snapshot on or after `day`. */
function lowerBound(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first snapshot after `day`. */
function upperBound(days: Int32Array, day: number): number {
  return lowerBound(days, day + 1);
}

export function hasSnapshotIn(series: MetricSeries, start: number, end: number): boolean {
  return upperBound(series.days, end) > lowerBound(series.days, start);
}

/** Value of the latest snapshot on or before `day`, or null when there is none. */
export function valueAsOf(series: MetricSeries, day: number): number | null {
  const i = upperBound(series.days, day) - 1;
  return i >= 0 ? series.values[i] : null;
}

/**
 * Compute a team's own value of a metric over a window, from its own snapshots only (no roll-up).
 * sum, min, max: over the snapshots in the window. end: as of the window's end, also from before it.
 * first: a stock as of the day before the window, a flow's earliest snapshot in the window.
 * last: a stock as of the window's end, a flow's latest snapshot in the window.
 * avg: a stock's time-weighted mean, a flow's plain mean of its snapshots in the window.
 */
export function aggregateOwn(series: MetricSeries, aggregate: MetricAggregate, kind: MetricKind, start: number, end: number): number | null {
  const { days, values } = series;
  const lo = lowerBound(days, start);
  const hi = upperBound(days, end);
  const stock = kind === "stock";

  switch (aggregate) {
    case "end":
      return valueAsOf(series, end);
    case "first":
      if (stock) return valueAsOf(series, start - 1);
      return lo < hi ? values[lo] : null;
    case "last":
      if (stock) return valueAsOf(series, end);
      return lo < hi ? values[hi - 1] : null;
    case "avg":
      if (stock) return timeWeightedMean(series, start, end);
      return lo < hi ? sumOf(values, lo, hi) / (hi - lo) : null;
    case "sum":
      return lo < hi ? sumOf(values, lo, hi) : null;
    case "min":
      return lo < hi ? extremeOf(values, lo, hi, Math.min) : null;
    case "max":
      return lo < hi ? extremeOf(values, lo, hi, Math.max) : null;
  }
}

function sumOf(values: Float64Array, lo: number, hi: number): number {
  let total = 0;
  for (let i = lo; i < hi; i += 1) total += values[i];
  return total;
}

function extremeOf(values: Float64Array, lo: number, hi: number, pick: (a: number, b: number) => number): number {
  let result = values[lo];
  for (let i = lo + 1; i < hi; i += 1) result = pick(result, values[i]);
  return result;
}

/**
 * Compute the time-weighted mean of a stock over the window's days. Each value counts from its day
 * until the day before the next snapshot. Days before the first known value are left out, so 40 for 10 days
 * then 50 for 20 days gives 46.67, and a first value on day 11 of 30 averages days 11 to 30 only.
 */
export function timeWeightedMean(series: MetricSeries, start: number, end: number): number | null {
  const { days, values } = series;
  let i = lowerBound(days, start);
  let value: number | null = i > 0 ? values[i - 1] : null;
  let from = start;
  let total = 0;
  let counted = 0;

  while (from <= end) {
    const next = i < days.length && days[i] <= end ? days[i] : end + 1;
    if (value !== null && next > from) {
      total += value * (next - from);
      counted += next - from;
    }
    if (next > end) break;
    value = values[i];
    from = next;
    i += 1;
  }
  return counted > 0 ? total / counted : null;
}
