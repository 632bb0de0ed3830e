import { type DateWindow, type IsoDate, daysBetween } from "../kpi/calendar";
import { type KeyResultRule, scoreKeyResult } from "./scoring";

/** Minimum number of values a forecast needs: two points always fit a line exactly, so they predict nothing. */
export const MIN_FORECAST_POINTS = 3;

export interface Line {
  slope: number;
  intercept: number;
}

/**
 * Fit y = slope × x + intercept by ordinary least squares. Returns null for fewer than two points
 * or when every x is equal, because no line is then determined.
 */
export function leastSquares(points: { x: number; y: number }[]): Line | null {
  const n = points.length;
  if (n < 2) return null;

  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  if (sxx === 0) return null;

  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

export type Forecast =
  | { status: "forecast"; value: number; progress: number | null; score: number; points: number }
  | { status: "not_enough_data"; points: number }
  | { status: "not_applicable" };

/**
 * Forecast a key result's end-of-quarter score: a least-squares line through the quarter's values
 * so far (x in days since the quarter's first day), evaluated at the quarter's last day and scored
 * by the key result's rule. Values dated outside the quarter and points without a value are left
 * out. A milestone is graded by hand and gets no forecast.
 */
export function forecastKeyResult(
  rule: KeyResultRule,
  period: DateWindow,
  points: { date: IsoDate; value: number | null }[],
): Forecast {
  if (rule.kind === "milestone") return { status: "not_applicable" };

  const measured = points
    .filter((p): p is { date: IsoDate; value: number } => p.value !== null && p.date >= period.start && p.date <= period.end)
    .map((p) => ({ x: daysBetween(period.start, p.date), y: p.value }));
  if (measured.length < MIN_FORECAST_POINTS) return { status: "not_enough_data", points: measured.length };

  const line = leastSquares(measured);
  if (!line) return { status: "not_enough_data", points: measured.length };

  const value = line.slope * daysBetween(period.start, period.end) + line.intercept;
  const outcome = scoreKeyResult(rule, value);
  return { status: "forecast", value, progress: outcome.progress, score: outcome.score, points: measured.length };
}
