import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { IsoDate } from "./calendar";
import { loadKpiEvaluator } from "./evaluate.server";
import { identifiersIn } from "./formula-text";
import { evaluateSeries, type SeriesInterval, seriesPeriods } from "./series";
import type { KpiDefinition, KpiSeriesPoint } from "./types";

export interface KpiSeriesRequest {
  kpi: KpiDefinition;
  teamIds: number[];
  from: IsoDate;
  to: IsoDate;
  interval: SeriesInterval;
  /** Parameter overrides by key; declared defaults apply otherwise. */
  params?: Record<string, number>;
  /** 1 for calendar quarters; 4 when the fiscal year starts in April. */
  fiscalStartMonth?: number;
}

/**
 * Evaluate a KPI per week, month or quarter from `from` to `to`, for each team (values in display
 * unit). Loads only the metrics the formula names. A range with `from` after `to` has no points.
 */
export async function kpiSeries(db: Kysely<Database>, request: KpiSeriesRequest): Promise<Map<number, KpiSeriesPoint[]>> {
  const periods = seriesPeriods(request.from, request.to, request.interval, request.fiscalStartMonth);
  if (periods.length === 0) return new Map(request.teamIds.map((teamId) => [teamId, []]));

  const evaluator = await loadKpiEvaluator(db, { start: request.from, end: request.to }, { metricKeys: identifiersIn(request.kpi.formula) });
  return evaluateSeries(evaluator, request.kpi, request.teamIds, periods, request.params);
}
