import {
  addDays,
  type DateWindow,
  type IsoDate,
  isoWeekOf,
  isoWeekWindow,
  monthOf,
  monthWindow,
  quarterOf,
  quarterWindow,
} from "./calendar";
import { toDisplayUnit } from "./evaluate";
import type { KpiDefinition, KpiEvaluator, KpiSeriesPoint } from "./types";

export type SeriesInterval = "week" | "month" | "quarter";

/**
 * List the weeks, months or quarters from `from` to `to`, labelled "2026-W05", "2026-03" or "2026-Q1".
 * Each window is the period cut to [from, to], so a period still running ends at `to`.
 */
export function seriesPeriods(from: IsoDate, to: IsoDate, interval: SeriesInterval, fiscalStartMonth = 1): { period: string; window: DateWindow }[] {
  const periods: { period: string; window: DateWindow }[] = [];
  let cursor = from;
  while (cursor <= to) {
    const { period, window } = periodOf(cursor, interval, fiscalStartMonth);
    periods.push({
      period,
      window: { start: window.start < from ? from : window.start, end: window.end > to ? to : window.end },
    });
    cursor = addDays(window.end, 1);
  }
  return periods;
}

function periodOf(date: IsoDate, interval: SeriesInterval, fiscalStartMonth: number): { period: string; window: DateWindow } {
  let period: string;
  let window: DateWindow | null;
  if (interval === "week") {
    period = isoWeekOf(date);
    window = isoWeekWindow(period);
  } else if (interval === "month") {
    period = monthOf(date);
    window = monthWindow(period);
  } else {
    period = quarterOf(date, fiscalStartMonth);
    window = quarterWindow(period, fiscalStartMonth);
  }
  // The label was derived from a valid date, so its window exists.
  return { period, window: window ?? { start: date, end: date } };
}

/** Evaluate a KPI per period for each team, values in display unit (56 for 56%). */
export function evaluateSeries(
  evaluator: KpiEvaluator,
  kpi: KpiDefinition,
  teamIds: readonly number[],
  periods: readonly { period: string; window: DateWindow }[],
  params?: Record<string, number>,
): Map<number, KpiSeriesPoint[]> {
  const series = new Map<number, KpiSeriesPoint[]>();
  for (const teamId of teamIds) {
    const points = periods.map(({ period, window }): KpiSeriesPoint => {
      const result = evaluator.evaluate(kpi, teamId, window, params);
      if (result.value === null) return { period, window, value: null, reason: result.reason };
      return { period, window, value: toDisplayUnit(result.value, kpi.unit), reason: null };
    });
    series.set(teamId, points);
  }
  return series;
}
