import type { Kysely } from "kysely";

// One value per (metric, team, period), and window queries select a metric's snapshots per team by
// the middle day of their period. mid_date follows from the period, so adding it to the unique key
// keeps the rule while one index serves both: a second index slowed bulk imports by a third.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("metric_snapshots_by_period")
    .on("metric_snapshots")
    .columns(["metric_id", "team_id", "mid_date", "period_start", "period_end"])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("metric_snapshots_by_period").execute();
}
