import type { Kysely } from "kysely";

// The objective of an earlier quarter this one was copied from by a carry-over; null otherwise.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("objectives").addColumn("carried_from_id", "integer", (c) => c.references("objectives.id")).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("objectives").dropColumn("carried_from_id").execute();
}
