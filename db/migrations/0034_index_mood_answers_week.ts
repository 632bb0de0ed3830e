import type { Kysely } from "kysely";

// Views and the snapshot writer read the answers of a range of weeks.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("mood_answers_by_week").on("mood_answers").columns(["week", "team_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("mood_answers_by_week").execute();
}
