import type { Kysely } from "kysely";
import type { Database, MetricKind } from "../../db/schema";
import type { Actor } from "~/people/actor.server";

const IMPORT_METRICS: [key: string, kind: MetricKind, unit: string][] = [
  ["worked_hours", "flow", "h"],
  ["billable_hours", "flow", "h"],
  ["invoiced_amount", "flow", "EUR"],
  ["revenue", "flow", "EUR"],
  ["deals_won", "flow", "count"],
  ["deals_lost", "flow", "count"],
  ["deals_won_value", "flow", "EUR"],
  ["deals_lost_value", "flow", "EUR"],
  ["sales_cycle_days", "flow", "days"],
  ["headcount", "stock", "count"],
];

/** Add the metrics imports write unless the built-in catalog already put them in the database. */
export async function ensureImportMetrics(db: Kysely<Database>): Promise<void> {
  const present = new Set((await db.selectFrom("metrics").select("key").execute()).map((m) => m.key));
  for (const [key, kind, unit] of IMPORT_METRICS) {
    if (present.has(key)) continue;
    await db
      .insertInto("metrics")
      .values({ key, name_nl: key, name_en: key, description_nl: "", description_en: "", unit, kind, builtin: 1 })
      .execute();
  }
}

export async function insertTeam(db: Kysely<Database>, key: string, name: string, parentId: number | null): Promise<number> {
  const row = await db.insertInto("teams").values({ key, name, parent_id: parentId, lead_person_id: null }).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function insertPerson(db: Kysely<Database>, name: string, email: string, teamId: number, role: "admin" | "member" = "member") {
  const row = await db
    .insertInto("people")
    .values({ name, email, role, team_id: teamId, started_on: null, ended_on: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ImportSeed {
  companyId: number;
  salesId: number;
  consultingId: number;
  actor: Actor;
}

/** Insert a company with the teams sales (Verkoop) and consulting (Advies), an admin and the import metrics. */
export async function seedImportCompany(db: Kysely<Database>): Promise<ImportSeed> {
  await ensureImportMetrics(db);
  const companyId = await insertTeam(db, "company", "Bureau Noord", null);
  const salesId = await insertTeam(db, "sales", "Verkoop", companyId);
  const consultingId = await insertTeam(db, "consulting", "Advies", companyId);
  const adminId = await insertPerson(db, "Anna de Vries", "anna@example.nl", salesId, "admin");
  await insertPerson(db, "Bram Jansen", "bram@example.nl", consultingId);
  return { companyId, salesId, consultingId, actor: { personId: adminId, role: "admin" } };
}
