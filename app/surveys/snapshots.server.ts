import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { isoWeekWindow } from "../kpi/calendar";
import { type SnapshotInput, writeSnapshots } from "../kpi/snapshots.server";
import { inTransaction } from "../okr/audit.server";
import { companyToday, getSettings } from "../okr/settings.server";
import { findPeriodsInClosedQuarters } from "../quarters/closed-quarters.server";
import { buildShownCells, ENPS_SCALE, enpsCountsOfDistribution, MOOD_SCALE } from "./aggregate";
import { periodWindow } from "./periods";

const MOOD_METRICS = ["mood_score_sum", "mood_responses"] as const;
const ENPS_METRICS = ["enps_promoters", "enps_passives", "enps_detractors"] as const;

export interface SurveySnapshotSync {
  inserted: number;
  replaced: number;
  removed: number;
}

/**
 * Turn the survey answers into metric snapshots (source "survey"): mood_score_sum and
 * mood_responses per team and ISO week, the enps_* counts per team and quarter. Each team's value
 * covers its whole subtree.
 *
 * Snapshots follow the same privacy rules as the views, because any KPI page would otherwise show
 * what the survey pages hide. A value is written only for a team and period that buildShownCells
 * lets through: the period has ended, the group has at least the threshold of answers, and no
 * sibling rule hides it. A hidden team's answers still count in its parent's value. Since the
 * KPI roll-up uses a team's own snapshots where it has them, a parent's value never double-counts
 * its subteams. Survey snapshots that no longer pass (the threshold was raised, a team moved) are
 * removed, with an audit entry each.
 *
 * Recomputing everything is idempotent: unchanged values are left alone. Periods in a closed
 * quarter are skipped, because their snapshots are frozen.
 */
export async function syncSurveySnapshots(db: Kysely<Database>, now: Date): Promise<SurveySnapshotSync> {
  const settings = await getSettings(db);
  const today = await companyToday(db, now);
  const teams = await db.selectFrom("teams").select(["id", "parent_id"]).execute();
  const metricIds = new Map(
    (await db.selectFrom("metrics").select(["id", "key"]).where("key", "in", [...MOOD_METRICS, ...ENPS_METRICS]).execute()).map((m) => [m.key, m.id]),
  );

  const rows: SnapshotInput[] = [];
  const mood = await db.selectFrom("mood_answers").select(["week as period", "team_id as teamId", "score"]).execute();
  const moodEnds = periodEnds(mood.map((a) => a.period), (week) => isoWeekWindow(week)?.end);
  for (const cell of buildShownCells({ teams, answers: mood.map((a) => ({ ...a, comment: null })), periodEnds: moodEnds, today, threshold: settings.surveyThreshold, scale: MOOD_SCALE })) {
    const window = isoWeekWindow(cell.period)!;
    pushRow(rows, metricIds.get("mood_score_sum"), cell.teamId, window, cell.scoreSum);
    pushRow(rows, metricIds.get("mood_responses"), cell.teamId, window, cell.responses);
  }

  const enps = await db.selectFrom("enps_answers").select(["quarter as period", "team_id as teamId", "score"]).execute();
  const enpsEnds = periodEnds(enps.map((a) => a.period), (quarter) => periodWindow("enps", quarter, settings.fiscalStartMonth)?.end);
  for (const cell of buildShownCells({ teams, answers: enps.map((a) => ({ ...a, comment: null })), periodEnds: enpsEnds, today, threshold: settings.surveyThreshold, scale: ENPS_SCALE })) {
    const window = periodWindow("enps", cell.period, settings.fiscalStartMonth)!;
    const counts = enpsCountsOfDistribution(cell.distribution);
    pushRow(rows, metricIds.get("enps_promoters"), cell.teamId, window, counts.promoters);
    pushRow(rows, metricIds.get("enps_passives"), cell.teamId, window, counts.passives);
    pushRow(rows, metricIds.get("enps_detractors"), cell.teamId, window, counts.detractors);
  }

  const closed = new Set((await findPeriodsInClosedQuarters(db, rows.map((r) => ({ start: r.periodStart, end: r.periodEnd })))).map((f) => f.index));
  const open = rows.filter((_, index) => !closed.has(index));

  return inTransaction(db, async (trx) => {
    const written = await writeSnapshots(trx, open, { source: "survey", actorId: null, now });
    const removed = await removeStaleSnapshots(trx, [...metricIds.values()], rows, now);
    return { inserted: written.inserted, replaced: written.replaced, removed };
  });
}

function periodEnds(periods: string[], endOf: (period: string) => string | undefined): Map<string, string> {
  const ends = new Map<string, string>();
  for (const period of new Set(periods)) {
    const end = endOf(period);
    if (end !== undefined) ends.set(period, end);
  }
  return ends;
}

function pushRow(rows: SnapshotInput[], metricId: number | undefined, teamId: number, window: { start: string; end: string }, value: number) {
  // A catalog without the survey metrics (an admin cannot delete built-in ones) leaves nothing to write.
  if (metricId === undefined) return;
  rows.push({ metricId, teamId, periodStart: window.start, periodEnd: window.end, value });
}

/** Delete survey snapshots that the answers no longer back, outside closed quarters. */
async function removeStaleSnapshots(db: Kysely<Database>, metricIds: number[], keep: SnapshotInput[], now: Date): Promise<number> {
  if (metricIds.length === 0) return 0;
  const keptKeys = new Set(keep.map((r) => `${r.metricId}|${r.teamId}|${r.periodStart}|${r.periodEnd}`));
  const existing = await db
    .selectFrom("metric_snapshots")
    .select(["id", "metric_id", "team_id", "period_start", "period_end", "value"])
    .where("source", "=", "survey")
    .where("metric_id", "in", metricIds)
    .execute();
  const stale = existing.filter((s) => !keptKeys.has(`${s.metric_id}|${s.team_id}|${s.period_start}|${s.period_end}`));
  const inClosed = new Set((await findPeriodsInClosedQuarters(db, stale.map((s) => ({ start: s.period_start, end: s.period_end })))).map((f) => f.index));

  let removed = 0;
  for (const [index, snapshot] of stale.entries()) {
    if (inClosed.has(index)) continue;
    await db.deleteFrom("metric_snapshots").where("id", "=", snapshot.id).execute();
    await db
      .insertInto("audit_entries")
      .values({
        actor_id: null,
        at: now.toISOString(),
        entity: "metric_snapshot",
        entity_id: snapshot.id,
        action: "delete",
        old_value: JSON.stringify({ value: snapshot.value, source: "survey" }),
        new_value: null,
      })
      .execute();
    removed += 1;
  }
  return removed;
}
