import type { Kysely } from "kysely";
import type { Database, KeyResultKind, ObjectiveStatus } from "../../db/schema";
import { writeSnapshots } from "~/kpi/snapshots.server";

export interface ReportSeed {
  companyId: number;
  salesId: number;
  deliveryId: number;
  adminId: number;
  /** Company objective of 2017-Q4: hit rate 40% against 30 → 50 (score 0.5) and a milestone graded 0.9; score 0.7. */
  companyObjectiveId: number;
  hitRateKeyResultId: number;
  /** Sales objective aligned under the company objective: hit rate at least 35 (score 1). */
  salesObjectiveId: number;
  /** Delivery objective without a parent: NPS without any snapshot, so no value and score 0. */
  deliveryObjectiveId: number;
  npsKeyResultId: number;
  /** Delivery draft with a milestone graded 0.2; listed but not counted. */
  draftObjectiveId: number;
}

const UPDATED = "2017-10-01T00:00:00.000Z";

/**
 * Insert a company with Sales and Delivery, objectives in 2017-Q4 (and one in 2018-Q1 without key results)
 * and deal snapshots of Sales: 12 won and 18 lost in the quarter, a hit rate of 40%.
 * Company score 0.7; company success rate 2 of 4 counted key results = 50%.
 */
export async function seedReports(db: Kysely<Database>): Promise<ReportSeed> {
  const team = async (key: string, name: string, parentId: number | null) =>
    (await db.insertInto("teams").values({ key, name, parent_id: parentId, lead_person_id: null }).returning("id").executeTakeFirstOrThrow()).id;
  const companyId = await team("acme", "Acme", null);
  const salesId = await team("sales", "Sales", companyId);
  const deliveryId = await team("delivery", "Delivery", companyId);
  const adminId = (
    await db
      .insertInto("people")
      .values({ name: "Anna Admin", email: "anna@example.com", role: "admin", team_id: companyId, started_on: null, ended_on: null })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;

  const kpiId = async (key: string) => (await db.selectFrom("kpis").select("id").where("key", "=", key).executeTakeFirstOrThrow()).id;
  const metricId = async (key: string) => (await db.selectFrom("metrics").select("id").where("key", "=", key).executeTakeFirstOrThrow()).id;
  const hitRate = await kpiId("hit_rate");
  const nps = await kpiId("nps");

  const objective = async (title: string, period: string, teamId: number, parentId: number | null, status: ObjectiveStatus = "active") =>
    (
      await db
        .insertInto("objectives")
        .values({ title, description: "", period, team_id: teamId, owner_id: adminId, parent_id: parentId, status, updated_at: UPDATED })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const keyResult = async (
    objectiveId: number,
    title: string,
    kind: KeyResultKind,
    binding: { kpiId?: number; scopeTeamId?: number; baseline?: number; target?: number; grade?: number },
  ) =>
    (
      await db
        .insertInto("key_results")
        .values({
          objective_id: objectiveId,
          title,
          owner_id: null,
          weight: 1,
          kind,
          kpi_id: binding.kpiId ?? null,
          scope_team_id: binding.scopeTeamId ?? null,
          window_kind: "quarter",
          window_length: null,
          baseline: binding.baseline ?? null,
          target: binding.target ?? null,
          kpi_params: "{}",
          grade: binding.grade ?? null,
          updated_at: UPDATED,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;

  const companyObjectiveId = await objective("Grow profitably", "2017-Q4", companyId, null);
  const hitRateKeyResultId = await keyResult(companyObjectiveId, "Raise the hit rate", "increase", { kpiId: hitRate, baseline: 30, target: 50 });
  await keyResult(companyObjectiveId, "Open the Utrecht office", "milestone", { grade: 0.9 });

  const salesObjectiveId = await objective("Win more deals", "2017-Q4", salesId, companyObjectiveId);
  await keyResult(salesObjectiveId, "Keep the hit rate up", "at_least", { kpiId: hitRate, scopeTeamId: salesId, target: 35 });

  const deliveryObjectiveId = await objective("Happy clients", "2017-Q4", deliveryId, null);
  const npsKeyResultId = await keyResult(deliveryObjectiveId, "Raise the NPS", "increase", { kpiId: nps, scopeTeamId: deliveryId, baseline: 20, target: 40 });

  const draftObjectiveId = await objective("Try a new service", "2017-Q4", deliveryId, null, "draft");
  await keyResult(draftObjectiveId, "Pilot with one client", "milestone", { grade: 0.2 });

  await objective("Plan 2018", "2018-Q1", companyId, null);

  const won = await metricId("deals_won");
  const lost = await metricId("deals_lost");
  await writeSnapshots(
    db,
    [
      { metricId: won, teamId: salesId, periodStart: "2017-10-01", periodEnd: "2017-10-31", value: 5 },
      { metricId: won, teamId: salesId, periodStart: "2017-11-01", periodEnd: "2017-11-30", value: 7 },
      { metricId: lost, teamId: salesId, periodStart: "2017-10-01", periodEnd: "2017-10-31", value: 8 },
      { metricId: lost, teamId: salesId, periodStart: "2017-11-01", periodEnd: "2017-11-30", value: 10 },
    ],
    { source: "manual", actorId: adminId, now: new Date("2017-12-01T09:00:00Z") },
  );

  return {
    companyId,
    salesId,
    deliveryId,
    adminId,
    companyObjectiveId,
    hitRateKeyResultId,
    salesObjectiveId,
    deliveryObjectiveId,
    npsKeyResultId,
    draftObjectiveId,
  };
}
