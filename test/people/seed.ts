import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { Actor } from "~/people/actor.server";

export interface Seed {
  companyId: number;
  salesId: number;
  deliveryId: number;
  adminId: number;
  memberId: number;
  actor: Actor;
  /** A ratio KPI without parameters (key test_hit_rate, unit %). */
  kpiId: number;
  /** A KPI with the parameter list_rate, default 100 (key test_utilization, unit %). */
  paramKpiId: number;
  /** A flow metric in hours (key test_hours) and a stock metric (key test_customers). */
  flowMetricId: number;
  stockMetricId: number;
}

/**
 * Insert a company with two teams, an admin and a member, two KPIs and two metrics. Keys start
 * with "test_" so that they never collide with the built-in catalog.
 */
export async function seedCompany(db: Kysely<Database>): Promise<Seed> {
  const team = async (key: string, name: string, parentId: number | null) =>
    (await db.insertInto("teams").values({ key, name, parent_id: parentId, lead_person_id: null }).returning("id").executeTakeFirstOrThrow()).id;
  const companyId = await team("company", "Company", null);
  const salesId = await team("sales", "Sales", companyId);
  const deliveryId = await team("delivery", "Delivery", companyId);

  const person = async (name: string, email: string, role: "admin" | "member", teamId: number) =>
    (await db.insertInto("people").values({ name, email, role, team_id: teamId, started_on: null, ended_on: null }).returning("id").executeTakeFirstOrThrow()).id;
  const adminId = await person("Anna Admin", "anna@example.com", "admin", companyId);
  const memberId = await person("Bob Member", "bob@example.com", "member", salesId);

  const kpi = async (key: string, formula: string, params: string) =>
    (
      await db
        .insertInto("kpis")
        .values({ key, name_nl: key, name_en: key, description_nl: "", description_en: "", formula, unit: "%", direction: "higher", params, builtin: 0 })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const kpiId = await kpi("test_hit_rate", "test_hours / test_hours", "[]");
  const paramKpiId = await kpi(
    "test_utilization",
    "test_hours / list_rate",
    JSON.stringify([{ key: "list_rate", name_nl: "catalogusprijs", name_en: "list rate", default: 100 }]),
  );

  const metric = async (key: string, kind: "flow" | "stock", unit: string) =>
    (
      await db
        .insertInto("metrics")
        .values({ key, name_nl: `${key} nl`, name_en: `${key} en`, description_nl: "", description_en: "", unit, kind, builtin: 0 })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const flowMetricId = await metric("test_hours", "flow", "h");
  const stockMetricId = await metric("test_customers", "stock", "count");

  return {
    companyId,
    salesId,
    deliveryId,
    adminId,
    memberId,
    actor: { personId: adminId, role: "admin" },
    kpiId,
    paramKpiId,
    flowMetricId,
    stockMetricId,
  };
}

/** Audit entries of one entity, oldest first, with their JSON parsed. */
export async function auditOf(db: Kysely<Database>, entity: string, entityId: number) {
  const rows = await db
    .selectFrom("audit_entries")
    .selectAll()
    .where("entity", "=", entity)
    .where("entity_id", "=", entityId)
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    ...row,
    old: row.old_value === null ? null : JSON.parse(row.old_value),
    new: row.new_value === null ? null : JSON.parse(row.new_value),
  }));
}
