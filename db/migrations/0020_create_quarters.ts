import { type Kysely, sql } from "kysely";

// One row per quarter that was ever closed; a quarter without a row is open.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("quarters")
    .addColumn("period", "text", (c) => c.primaryKey())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn("closed_at", "text")
    .addColumn("closed_by", "integer", (c) => c.references("people.id"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("quarters").execute();
}
