import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema";
import type { IsoDate } from "../kpi/calendar";
import { weekEndsUpTo } from "../okr/key-result-window";
import { chooseQuarter } from "../okr/reports.server";
import { cachedScoreQuarter } from "../okr/score-cache.server";
import type { QuarterScores } from "../okr/types";
import type { Actor } from "../people/actor.server";
import { isQuarterClosed, listClosedQuarters } from "../quarters/closed-quarters.server";
import { calibrationQuarters } from "./calibration";
import type { ScorePoint } from "./movers";
import { buildQuarterReport, type QuarterReport } from "./quarter-report";

/**
 * Load the quarter report: the quarter's scores as the dashboard computes them, each key result's
 * start point for the moved-most lists, and the scores of the closed quarters the calibration
 * covers. Every role reads OKRs, so the report is the same for every actor.
 */
export async function loadQuarterReport(
  db: Kysely<Database>,
  _actor: Actor,
  options: { quarter: string | null; today: IsoDate },
): Promise<QuarterReport> {
  const choice = await chooseQuarter(db, options);
  const scores = await cachedScoreQuarter(db, { quarter: choice.quarter, today: options.today });
  const starts = await loadStartPoints(db, scores);

  const closed = (await listClosedQuarters(db)).map((entry) => entry.quarter);
  const closedScores: QuarterScores[] = [];
  for (const quarter of calibrationQuarters(closed, choice.quarter)) {
    closedScores.push(await cachedScoreQuarter(db, { quarter, today: options.today }));
  }

  return buildQuarterReport({ choice, closed: await isQuarterClosed(db, choice.quarter), scores, starts, closedScores });
}

/**
 * Find each key result's start point of the quarter. It is the earliest score the app recorded in
 * the quarter before the as-of day (score snapshots are written whenever data change). A key result
 * without such a snapshot starts at its score as of the quarter's first Sunday, the first point of
 * its chart. Before that Sunday has passed no key result has a start point.
 */
async function loadStartPoints(db: Kysely<Database>, scores: QuarterScores): Promise<Map<number, ScorePoint>> {
  const starts = new Map<number, ScorePoint>();
  const ids = scores.objectives.flatMap((objective) => objective.keyResults.map((kr) => kr.keyResultId));
  if (ids.length === 0) return starts;

  const { rows } = await sql<{ key_result_id: number; as_of: string; score: number; progress: number | null }>`
    select s.key_result_id, s.as_of, s.score, s.progress
    from score_snapshots s
    where s.as_of = (
      select min(e.as_of) from score_snapshots e
      where e.key_result_id = s.key_result_id and e.as_of >= ${scores.window.start} and e.as_of < ${scores.asOf}
    )
  `.execute(db);
  const wanted = new Set(ids);
  for (const row of rows) {
    if (wanted.has(row.key_result_id)) starts.set(row.key_result_id, { asOf: row.as_of, score: row.score, progress: row.progress });
  }

  const firstSunday = weekEndsUpTo(scores.window, scores.asOf)[0];
  if (firstSunday === undefined || firstSunday >= scores.asOf || starts.size === ids.length) return starts;
  const early = await cachedScoreQuarter(db, { quarter: scores.quarter, today: firstSunday });
  for (const objective of early.objectives) {
    for (const kr of objective.keyResults) {
      if (!starts.has(kr.keyResultId)) starts.set(kr.keyResultId, { asOf: early.asOf, score: kr.score, progress: kr.progress });
    }
  }
  return starts;
}
