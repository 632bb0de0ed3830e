import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("metric_snapshots")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("metric_id", "integer", (c) => c.notNull().references("metrics.id"))
    .addColumn("team_id", "integer", (c) => c.notNull().references("teams.id"))
    .addColumn("period_start", "text", (c) => c.notNull())
    .addColumn("period_end", "text", (c) => c.notNull())
    .addColumn("mid_date", "text", (c) => c.notNull())
    .addColumn("value", "real", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("import_id", "integer", (c) => c.references("imports.id"))
    .addColumn("recorded_by", "integer", (c) => c.references("people.id"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("metric_snapshots").execute();
}
