import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("check_ins")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("key_result_id", "integer", (c) => c.notNull().references("key_results.id"))
    .addColumn("person_id", "integer", (c) => c.references("people.id"))
    .addColumn("value", "real")
    .addColumn("confidence", "integer", (c) => c.notNull().check(sql`confidence between 0 and 10`))
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("checked_on", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("check_ins").execute();
}
