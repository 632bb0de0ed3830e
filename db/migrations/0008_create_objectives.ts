import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("objectives")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("team_id", "integer", (c) => c.notNull().references("teams.id"))
    .addColumn("owner_id", "integer", (c) => c.references("people.id"))
    .addColumn("parent_id", "integer", (c) => c.references("objectives.id"))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'active', 'closed')`))
    .addColumn("archived_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("objectives").execute();
}
