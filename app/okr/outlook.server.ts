import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { DateWindow, IsoDate } from "../kpi/calendar";
import { listKpis } from "../kpi/catalog.server";
import { loadKpiEvaluator } from "../kpi/evaluate.server";
import type { KpiDefinition } from "../kpi/types";
import { forecastKeyResult } from "./forecast";
import { evaluateKeyResult, keyResultColumns } from "./key-result-evaluation";
import { coveringWindow, keyResultWindow, weekEndsUpTo } from "./key-result-window";
import { paceOf } from "./pace";
import type { KeyResultOutlook, QuarterScores } from "./types";

/**
 * Compute pace and forecast of every scored key result of a quarter, by key result id. Pace compares
 * the current score with the norm × the elapsed share of the quarter as of today. The forecast fits
 * the key result's values as of each week's end (Sunday) and as of asOf, as on its chart. One
 * evaluator serves every key result, so a dashboard of hundreds of key results loads snapshots once.
 */
export async function loadOutlooks(db: Kysely<Database>, scores: QuarterScores, today: IsoDate): Promise<Record<number, KeyResultOutlook>> {
  const scored = scores.objectives.flatMap((objective) => objective.keyResults);
  const outlooks: Record<number, KeyResultOutlook> = {};
  if (scored.length === 0) return outlooks;

  const rows = await db
    .selectFrom("key_results")
    .innerJoin("objectives", "objectives.id", "key_results.objective_id")
    .select(keyResultColumns.map((column) => `key_results.${column}` as const))
    .select("objectives.team_id as objective_team_id")
    .where("key_results.id", "in", scored.map((kr) => kr.keyResultId))
    .execute();
  const kpis = new Map<number, KpiDefinition>((await listKpis(db)).map((kpi) => [kpi.id, kpi]));

  const days = weekEndsUpTo(scores.window, scores.asOf);
  const planned = rows.map((row) => {
    const rule = { windowKind: row.window_kind, windowLength: row.window_length };
    const measured = row.kind !== "milestone" && row.kpi_id !== null && kpis.has(row.kpi_id);
    const windows = measured ? days.map((day) => keyResultWindow(rule, scores.window, day)) : [];
    return { row, windows, kpi: row.kpi_id === null ? null : (kpis.get(row.kpi_id) ?? null) };
  });
  const range = coveringWindow(planned.flatMap((p) => p.windows).filter((w): w is DateWindow => w !== null));
  const evaluator = range ? await loadKpiEvaluator(db, range) : null;

  const byId = new Map(scored.map((kr) => [kr.keyResultId, kr]));
  for (const { row, windows, kpi } of planned) {
    const score = byId.get(row.id)?.score ?? 0;
    const teamId = row.scope_team_id ?? row.objective_team_id;
    const points = windows.map((window, i) => ({ date: days[i], value: evaluateKeyResult(row, kpi, evaluator, teamId, window).value }));
    const rule = { kind: row.kind, baseline: row.baseline, target: row.target, grade: row.grade };
    outlooks[row.id] = {
      pace: paceOf(score, scores.window, today, scores.norm),
      forecast: forecastKeyResult(rule, scores.window, points),
    };
  }
  return outlooks;
}
