import type { Kysely } from "kysely";

// The key result of an earlier quarter this one was copied from by a carry-over; null otherwise.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("key_results").addColumn("carried_from_id", "integer", (c) => c.references("key_results.id")).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("key_results").dropColumn("carried_from_id").execute();
}
