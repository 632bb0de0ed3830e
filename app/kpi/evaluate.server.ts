import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { DateWindow } from "./calendar";
import { createKpiEvaluator } from "./evaluate";
import { createSnapshotStore, type SnapshotPoint } from "./snapshot-store";
import type { KpiEvaluator } from "./types";

export interface LoadEvaluatorOptions {
  /** Load snapshots of these metrics only; other metrics then read as having no snapshots. */
  metricKeys?: readonly string[];
}

/**
 * Load what it takes to evaluate any KPI for any team over any window inside `range`, in four
 * queries. These read the team tree, every metric's kind and the snapshots whose middle day lies in
 * the range. For stocks they also read each team's latest snapshot before the range, the value
 * carried into it.
 */
export async function loadKpiEvaluator(
  db: Kysely<Database>,
  range: DateWindow,
  options: LoadEvaluatorOptions = {},
): Promise<KpiEvaluator> {
  const teams = await db.selectFrom("teams").select(["id", "parent_id"]).execute();
  const metrics = await db.selectFrom("metrics").select(["id", "key", "kind"]).execute();

  const requested = options.metricKeys ? new Set(options.metricKeys) : null;
  const loaded = requested ? metrics.filter((metric) => requested.has(metric.key)) : metrics;
  const keyById = new Map(loaded.map((metric) => [metric.id, metric.key]));
  const stockIds = loaded.filter((metric) => metric.kind === "stock").map((metric) => metric.id);

  const inRange = loaded.length === 0 ? [] : await loadInRange(db, [...keyById.keys()], range);
  const carriedIn = stockIds.length === 0 ? [] : await loadLatestBefore(db, stockIds, range.start);

  const snapshots: SnapshotPoint[] = [];
  for (const rows of [carriedIn, inRange]) {
    for (const row of rows) {
      snapshots.push({ metric: keyById.get(row.metric_id) ?? "", teamId: row.team_id, midDate: row.mid_date, value: row.value });
    }
  }

  const store = createSnapshotStore({ teams, metrics, snapshots });
  return createKpiEvaluator(store);
}

// In SQLite, CROSS JOIN keeps the written join order: metrics, then teams, then snapshots. Each
// (metric, team) pair then seeks the (metric_id, team_id, mid_date) index instead of the planner
// scanning a metric's whole history per team.

/** Snapshots whose middle day lies in the range. */
async function loadInRange(db: Kysely<Database>, metricIds: number[], range: DateWindow) {
  return db
    .selectFrom("metrics as m")
    .crossJoin("teams as t")
    .crossJoin("metric_snapshots as s")
    .select(["s.metric_id", "s.team_id", "s.mid_date", "s.value"])
    .whereRef("s.metric_id", "=", "m.id")
    .whereRef("s.team_id", "=", "t.id")
    .where("s.mid_date", ">=", range.start)
    .where("s.mid_date", "<=", range.end)
    .where("m.id", "in", metricIds)
    .execute();
}

/** For each stock and team, the snapshots on the latest middle day before `day` (usually one). */
async function loadLatestBefore(db: Kysely<Database>, stockIds: number[], day: string) {
  return db
    .selectFrom("metrics as m")
    .crossJoin("teams as t")
    .crossJoin("metric_snapshots as s")
    .select(["s.metric_id", "s.team_id", "s.mid_date", "s.value"])
    .whereRef("s.metric_id", "=", "m.id")
    .whereRef("s.team_id", "=", "t.id")
    .where("m.id", "in", stockIds)
    .where("s.mid_date", "=", (eb) =>
      eb
        .selectFrom("metric_snapshots as x")
        .select((inner) => inner.fn.max("x.mid_date").as("latest"))
        .whereRef("x.metric_id", "=", "m.id")
        .whereRef("x.team_id", "=", "t.id")
        .where("x.mid_date", "<", day),
    )
    .execute();
}
