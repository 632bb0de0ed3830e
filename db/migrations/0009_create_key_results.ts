import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("key_results")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("objective_id", "integer", (c) => c.notNull().references("objectives.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("owner_id", "integer", (c) => c.references("people.id"))
    .addColumn("weight", "real", (c) => c.notNull().defaultTo(1))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('increase', 'decrease', 'at_least', 'at_most', 'milestone')`),
    )
    .addColumn("kpi_id", "integer", (c) => c.references("kpis.id"))
    .addColumn("scope_team_id", "integer", (c) => c.references("teams.id"))
    .addColumn("window_kind", "text", (c) =>
      c.notNull().defaultTo("quarter").check(sql`window_kind in ('quarter', 'trailing_weeks', 'trailing_months')`),
    )
    .addColumn("window_length", "integer")
    .addColumn("baseline", "real")
    .addColumn("target", "real")
    .addColumn("kpi_params", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("grade", "real")
    .addColumn("archived_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("key_results").execute();
}
