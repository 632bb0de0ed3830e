import type { Kysely } from "kysely";
import type { Database } from "../../../db/schema";

/**
 * The company every route-access case runs against:
 *
 *   Company (admin)
 *   ├── Sales (led by lead)
 *   │   └── Sales East (member works here and owns salesKeyResultId)
 *   └── Delivery (led by otherLead)
 *
 * Each team has one active objective in 2026-Q4 with one milestone key result.
 */
export interface RouteFixture {
  companyId: number;
  salesId: number;
  salesEastId: number;
  deliveryId: number;
  adminId: number;
  leadId: number;
  otherLeadId: number;
  memberId: number;
  companyObjectiveId: number;
  salesObjectiveId: number;
  deliveryObjectiveId: number;
  companyKeyResultId: number;
  salesKeyResultId: number;
  deliveryKeyResultId: number;
  period: string;
  kpiKey: string;
}

export async function seedRouteFixture(db: Kysely<Database>): Promise<RouteFixture> {
  const team = async (key: string, name: string, parentId: number | null) =>
    (await db.insertInto("teams").values({ key, name, parent_id: parentId, lead_person_id: null }).returning("id").executeTakeFirstOrThrow()).id;
  const companyId = await team("company", "Company", null);
  const salesId = await team("sales", "Sales", companyId);
  const salesEastId = await team("sales-east", "Sales East", salesId);
  const deliveryId = await team("delivery", "Delivery", companyId);

  const person = async (name: string, role: "admin" | "lead" | "member", teamId: number) =>
    (
      await db
        .insertInto("people")
        .values({ name, email: `${name.toLowerCase().replace(/ /g, ".")}@example.com`, role, team_id: teamId, started_on: null, ended_on: null })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const adminId = await person("Ada Admin", "admin", companyId);
  const leadId = await person("Lars Lead", "lead", salesId);
  const otherLeadId = await person("Olga Lead", "lead", deliveryId);
  const memberId = await person("Mia Member", "member", salesEastId);
  await db.updateTable("teams").set({ lead_person_id: leadId }).where("id", "=", salesId).execute();
  await db.updateTable("teams").set({ lead_person_id: otherLeadId }).where("id", "=", deliveryId).execute();

  const period = "2026-Q4";
  const at = "2026-10-01T08:00:00.000Z";
  const objective = async (title: string, teamId: number, ownerId: number) =>
    (
      await db
        .insertInto("objectives")
        .values({ title, period, team_id: teamId, owner_id: ownerId, parent_id: null, status: "active", archived_at: null, updated_at: at })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const companyObjectiveId = await objective("Grow the company", companyId, adminId);
  const salesObjectiveId = await objective("Sell more", salesId, leadId);
  const deliveryObjectiveId = await objective("Deliver on time", deliveryId, otherLeadId);

  const keyResult = async (objectiveId: number, title: string, ownerId: number) =>
    (
      await db
        .insertInto("key_results")
        .values({
          objective_id: objectiveId,
          title,
          owner_id: ownerId,
          kind: "milestone",
          kpi_id: null,
          scope_team_id: null,
          window_length: null,
          baseline: null,
          target: null,
          grade: 0.2,
          archived_at: null,
          updated_at: at,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const companyKeyResultId = await keyResult(companyObjectiveId, "Open an office", adminId);
  const salesKeyResultId = await keyResult(salesObjectiveId, "Sign ten clients", memberId);
  const deliveryKeyResultId = await keyResult(deliveryObjectiveId, "Ship the portal", otherLeadId);

  return {
    companyId,
    salesId,
    salesEastId,
    deliveryId,
    adminId,
    leadId,
    otherLeadId,
    memberId,
    companyObjectiveId,
    salesObjectiveId,
    deliveryObjectiveId,
    companyKeyResultId,
    salesKeyResultId,
    deliveryKeyResultId,
    period,
    kpiKey: "hit_rate",
  };
}
