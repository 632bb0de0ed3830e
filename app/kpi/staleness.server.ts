import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema";
import type { IsoDate } from "./calendar";
import { listKpis, listMetrics } from "./catalog.server";
import { parseFormula } from "./formula";
import { type LatestSnapshot, type StaleInput, staleInput } from "./staleness";

/** Index of stale KPI inputs by team, built once per page by loadStaleness. */
export interface StalenessIndex {
  /** Stale inputs of the KPI for the team, or for the subteams its value rolls up from. */
  forKpi(kpiId: number, teamId: number): StaleInput[];
  /**
   * Stale inputs of the KPI for several teams, each metric and team once: a team and its subteam
   * can reach the same subteam's snapshots.
   */
  forKpiTeams(kpiId: number, teamIds: number[]): StaleInput[];
}

/**
 * Load the latest snapshot of every metric and team and the KPIs' metric keys, and return an index
 * that returns the inputs of a KPI that are stale as of today. Only inputs that have snapshots count: a
 * metric never recorded for a team is no stale input but a missing one, which the KPI's value shows.
 */
export async function loadStaleness(db: Kysely<Database>, today: IsoDate): Promise<StalenessIndex> {
  // SQLite takes the bare columns of a max() aggregate from the row with the maximum, so
  // period_start belongs to the latest snapshot.
  const { rows } = await sql<{ metric_id: number; team_id: number; period_end: string; period_start: string }>`
    select metric_id, team_id, max(period_end) as period_end, period_start
    from metric_snapshots group by metric_id, team_id
  `.execute(db);
  const metrics = await listMetrics(db);
  const keyById = new Map(metrics.map((m) => [m.id, m.key]));
  const stockIds = new Set(metrics.filter((m) => m.kind === "stock").map((m) => m.id));

  const latest = new Map<string, LatestSnapshot>();
  for (const row of rows) {
    const metricKey = keyById.get(row.metric_id);
    if (!metricKey) continue;
    const previousEnd = stockIds.has(row.metric_id) ? await previousEndOf(db, row.metric_id, row.team_id, row.period_end) : null;
    latest.set(`${metricKey}|${row.team_id}`, {
      metricKey,
      teamId: row.team_id,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      previousEnd,
    });
  }

  const scope = { metrics: new Map(metrics.map((m) => [m.key, m.kind])), params: [] as string[] };
  const kpiMetrics = new Map<number, string[]>();
  for (const kpi of await listKpis(db)) {
    const parsed = parseFormula(kpi.formula, { ...scope, params: kpi.params.map((p) => p.key) });
    kpiMetrics.set(kpi.id, parsed.ok ? parsed.formula.metrics : []);
  }

  const teams = await db.selectFrom("teams").select(["id", "parent_id"]).execute();
  const children = new Map<number, number[]>();
  for (const team of teams) {
    if (team.parent_id !== null) children.set(team.parent_id, [...(children.get(team.parent_id) ?? []), team.id]);
  }
  // As in roll-up, a team with its own snapshots of a metric is read alone, else its subteams are.
  const collect = (metricKey: string, teamId: number, stale: StaleInput[]) => {
    const entry = latest.get(`${metricKey}|${teamId}`);
    if (!entry) {
      for (const child of children.get(teamId) ?? []) collect(metricKey, child, stale);
      return;
    }
    const found = staleInput(entry, today);
    if (found) stale.push(found);
  };

  const forKpi = (kpiId: number, teamId: number) => {
    const stale: StaleInput[] = [];
    for (const metricKey of kpiMetrics.get(kpiId) ?? []) collect(metricKey, teamId, stale);
    return stale;
  };
  return {
    forKpi,
    forKpiTeams(kpiId, teamIds) {
      const unique = new Map<string, StaleInput>();
      for (const input of teamIds.flatMap((teamId) => forKpi(kpiId, teamId))) unique.set(`${input.metricKey}|${input.teamId}`, input);
      return [...unique.values()];
    },
  };
}

async function previousEndOf(db: Kysely<Database>, metricId: number, teamId: number, lastEnd: IsoDate): Promise<IsoDate | null> {
  const row = await db
    .selectFrom("metric_snapshots")
    .select("period_end")
    .where("metric_id", "=", metricId)
    .where("team_id", "=", teamId)
    .where("period_end", "<", lastEnd)
    .orderBy("period_end", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.period_end ?? null;
}
