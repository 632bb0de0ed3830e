import type { KeyResultSeries } from "../okr/types";
import { type DateWindow, daysBetween, type IsoDate, previousQuarter, quarterOf, quarterWindow } from "./calendar";
import type { KpiSeriesPoint } from "./types";

/** One line of a nivo Line chart; a null y leaves a gap. */
export interface ChartLine<Id extends string = string> {
  id: Id;
  data: { x: string; y: number | null }[];
}

export type KeyResultLineId = "value" | "baseline" | "target";
export type ScoreLineId = "score" | "norm" | "expected";

export interface KeyResultChartData {
  unit: string | null;
  /** True when no point has a value: the page shows a placeholder instead of a chart. */
  valueEmpty: boolean;
  scoreEmpty: boolean;
  /** The value over the quarter, with flat baseline and target lines over the same dates. */
  valueLines: ChartLine<KeyResultLineId>[];
  /** The score (0..1) over the quarter, with a flat line at the norm and the expected score by each date. */
  scoreLines: ChartLine<ScoreLineId>[];
}

const hasValue = (line: ChartLine) => line.data.some((d) => d.y !== null);
const flatLine = <Id extends string>(id: Id, dates: string[], y: number): ChartLine<Id> => ({
  id,
  data: dates.map((x) => ({ x, y })),
});

/**
 * Shape a key result's weekly values and scores for the two charts on its page. nivo logs an invalid
 * path for a line without points, so a chart whose main line has no value is flagged empty and its
 * reference lines are left out. `expected` is the score expected by each date (the norm × the elapsed
 * share of the quarter); an empty list draws no such line.
 */
export function keyResultChartData(
  series: KeyResultSeries,
  norm: number,
  expected: { date: IsoDate; score: number }[] = [],
): KeyResultChartData {
  const dates = series.points.map((p) => p.date);
  const value: ChartLine<"value"> = { id: "value", data: series.points.map((p) => ({ x: p.date, y: p.value })) };
  const score: ChartLine<"score"> = { id: "score", data: series.points.map((p) => ({ x: p.date, y: p.score })) };
  const valueEmpty = !hasValue(value);
  const scoreEmpty = !hasValue(score);

  const valueLines: ChartLine<KeyResultLineId>[] = [];
  if (!valueEmpty) {
    valueLines.push(value);
    if (series.baseline !== null) valueLines.push(flatLine("baseline", dates, series.baseline));
    if (series.target !== null) valueLines.push(flatLine("target", dates, series.target));
  }
  const scoreLines: ChartLine<ScoreLineId>[] = scoreEmpty ? [] : [score, flatLine("norm", dates, norm)];
  if (!scoreEmpty && expected.length > 0) {
    scoreLines.push({ id: "expected", data: expected.map((point) => ({ x: point.date, y: point.score })) });
  }

  return { unit: series.unit, valueEmpty, scoreEmpty, valueLines, scoreLines };
}

export interface KpiChartData {
  /** True when no team has a value in the range. */
  empty: boolean;
  /** One line per team with at least one value, keyed by team id as text. */
  lines: ChartLine[];
  /** Teams that were asked for but have no value anywhere in the range. */
  teamsWithoutValue: number[];
}

/** Shape a KPI's values per team (already in display unit) for the line chart on the KPI page. */
export function kpiChartData(seriesByTeam: Map<number, KpiSeriesPoint[]>, teamOrder: number[]): KpiChartData {
  const lines: ChartLine[] = [];
  const teamsWithoutValue: number[] = [];
  for (const teamId of teamOrder) {
    const points = seriesByTeam.get(teamId) ?? [];
    const line: ChartLine = { id: String(teamId), data: points.map((p) => ({ x: p.period, y: p.value })) };
    if (hasValue(line)) lines.push(line);
    else teamsWithoutValue.push(teamId);
  }
  return { empty: lines.length === 0, lines, teamsWithoutValue };
}

/** How many quarters the KPI page shows by default. */
export const DEFAULT_KPI_QUARTERS = 4;

/**
 * Compute the date range the KPI page opens on: the last four quarters up to the quarter that
 * contains the latest snapshot of the KPI's metrics (its middle day, where it counts). Without any
 * snapshot the range ends with today's quarter.
 */
export function defaultKpiRange(latestSnapshot: IsoDate | null, today: IsoDate, fiscalStartMonth = 1): DateWindow {
  const lastQuarter = quarterOf(latestSnapshot ?? today, fiscalStartMonth);
  let firstQuarter = lastQuarter;
  for (let i = 1; i < DEFAULT_KPI_QUARTERS; i += 1) firstQuarter = previousQuarter(firstQuarter);
  // Both labels come from quarterOf, so the windows exist.
  const start = quarterWindow(firstQuarter, fiscalStartMonth)!.start;
  const end = quarterWindow(lastQuarter, fiscalStartMonth)!.end;
  return { start, end };
}


/** The maximum range the KPI page draws, in days: ten years of weeks is already 520 points per team. */
export const MAX_KPI_RANGE_DAYS = 3_660;

export type KpiRangeProblem = "from_after_to" | "range_too_long";

/** Check a date range asked for on the KPI page; null when it can be drawn. */
export function checkKpiRange(range: DateWindow): KpiRangeProblem | null {
  if (range.start > range.end) return "from_after_to";
  if (daysBetween(range.start, range.end) + 1 > MAX_KPI_RANGE_DAYS) return "range_too_long";
  return null;
}
