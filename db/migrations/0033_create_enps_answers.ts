import { type Kysely, sql } from "kysely";

// The quarterly eNPS answer follows the same rules as mood_answers: a random key, no rowid, and
// nothing that names a person or a moment.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("enps_answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("quarter", "text", (c) => c.notNull())
    .addColumn("team_id", "integer", (c) => c.notNull().references("teams.id"))
    .addColumn("score", "integer", (c) => c.notNull().check(sql`score between 0 and 10`))
    .addColumn("comment", "text")
    .addColumn("edit_token_hash", "text", (c) => c.notNull().unique())
    .modifyEnd(sql`without rowid`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("enps_answers").execute();
}
