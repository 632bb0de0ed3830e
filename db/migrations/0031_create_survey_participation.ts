import { type Kysely, sql } from "kysely";

// That a person answered a survey period is stored as HMAC-SHA256(server secret, survey, person,
// period) and nothing else: no period, team or time, so no row can be joined to an answer. The
// primary key makes a second answer for the same person and period fail. WITHOUT ROWID stores the
// rows in hash order, so the table does not keep the order in which people answered either.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("survey_participation")
    .addColumn("hash", "text", (c) => c.primaryKey())
    .modifyEnd(sql`without rowid`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("survey_participation").execute();
}
