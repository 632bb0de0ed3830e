import { type Kysely, sql } from "kysely";

// An answer holds its ISO week, team, score, comment and the SHA-256 of the answering browser's
// edit token, and nothing that names a person or a moment. The key is random text and the table has
// no rowid, because an increasing id (or rowid order) next to the order of the participation rows
// would tell who answered what.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("mood_answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("week", "text", (c) => c.notNull())
    .addColumn("team_id", "integer", (c) => c.notNull().references("teams.id"))
    .addColumn("score", "integer", (c) => c.notNull().check(sql`score between 1 and 5`))
    .addColumn("comment", "text")
    .addColumn("edit_token_hash", "text", (c) => c.notNull().unique())
    .modifyEnd(sql`without rowid`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("mood_answers").execute();
}
