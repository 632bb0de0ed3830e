import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("score_snapshots")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("key_result_id", "integer", (c) => c.notNull().references("key_results.id").onDelete("cascade"))
    .addColumn("as_of", "text", (c) => c.notNull())
    .addColumn("value", "real")
    .addColumn("progress", "real")
    .addColumn("score", "real", (c) => c.notNull())
    .addColumn("frozen", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("computed_at", "text", (c) => c.notNull())
    .addUniqueConstraint("score_snapshots_one_per_day", ["key_result_id", "as_of"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("score_snapshots").execute();
}
