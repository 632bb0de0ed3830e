import type { Kysely } from "kysely";

// Window queries select a metric's snapshots per team by the middle day of their period.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("metric_snapshots_by_mid_date")
    .on("metric_snapshots")
    .columns(["metric_id", "team_id", "mid_date"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("metric_snapshots_by_mid_date").execute();
}
