import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { IsoDate } from "../kpi/calendar";
import type { StaleInput } from "../kpi/staleness";
import { loadStaleness } from "../kpi/staleness.server";
import { isQuarterClosed } from "../quarters/closed-quarters.server";
import { loadOutlooks } from "./outlook.server";
import type { PageOutlook } from "./report-types";
import type { QuarterScores } from "./types";

/**
 * Load pace, forecast and stale inputs of a quarter's key results, limited to the given ids when
 * a page shows only some, and whether the quarter is closed. Pace and forecast apply only while the
 * quarter runs: before its first day and after its last day there are none, as the score is then
 * final. Inputs of a finished quarter are judged stale as of its last day, not today.
 * NOTE: unlike the scores, this is computed on every request: the forecast evaluates each key result
 * once per week of the quarter.
 */
export async function loadPageOutlook(
  db: Kysely<Database>,
  scores: QuarterScores,
  today: IsoDate,
  keyResultIds?: number[],
): Promise<PageOutlook> {
  const shown = keyResultIds ? new Set(keyResultIds) : null;
  const objectives = scores.objectives
    .map((objective) => ({ ...objective, keyResults: objective.keyResults.filter((kr) => !shown || shown.has(kr.keyResultId)) }))
    .filter((objective) => objective.keyResults.length > 0);

  const keyResults = objectives.flatMap((objective) => objective.keyResults);
  const closed = await isQuarterClosed(db, scores.quarter);
  if (keyResults.length === 0) return { closed, outlooks: {}, staleInputs: {} };

  const { window } = scores;
  const running = today >= window.start && today <= window.end;
  const staleness = await loadStaleness(db, today > window.end ? window.end : today);
  const staleInputs: Record<number, StaleInput[]> = {};
  for (const kr of keyResults) {
    if (kr.kpiId === null) continue;
    const stale = staleness.forKpi(kr.kpiId, kr.teamId);
    if (stale.length > 0) staleInputs[kr.keyResultId] = stale;
  }

  return {
    closed,
    outlooks: running ? await loadOutlooks(db, { ...scores, objectives }, today) : {},
    staleInputs,
  };
}

/** The outlook of a page without a scored quarter (a year objective). */
export const NO_OUTLOOK: PageOutlook = { closed: false, outlooks: {}, staleInputs: {} };
