import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { writeSnapshots } from "~/kpi/snapshots.server";
import { type Seed, seedCompany } from "../people/seed";

export const NOW = new Date("2026-12-04T12:00:00Z");
export const TODAY = "2026-12-04";

export interface QuarterSeed extends Seed {
  objectiveId: number;
  /** Utilisation (test_hours / 100, in %) of sales, from 0 to 100: its score is hours / 100. */
  keyResultId: number;
  milestoneId: number;
}

/** Write monthly test_hours of sales, one value per month ("2026-07" → 20). */
export async function writeMonthlyHours(db: Kysely<Database>, seed: Seed, months: Record<string, number>) {
  const rows = Object.entries(months).map(([month, value]) => {
    const start = `${month}-01`;
    const end = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    return { metricId: seed.flowMetricId, teamId: seed.salesId, periodStart: start, periodEnd: end, value };
  });
  await writeSnapshots(db, rows, { source: "manual", actorId: seed.adminId, now: NOW });
}

/**
 * Insert the people seed plus an active sales objective in a quarter with a KPI key result (utilisation
 * from 0 to 100%, weight 3) and a milestone graded 0.2 (weight 1).
 */
export async function seedQuarter(db: Kysely<Database>, quarter = "2026-Q3"): Promise<QuarterSeed> {
  const seed = await seedCompany(db);
  const updated = NOW.toISOString();
  const objective = await db
    .insertInto("objectives")
    .values({ title: "Grow utilisation", description: "", period: quarter, team_id: seed.salesId, owner_id: null, parent_id: null, status: "active", archived_at: null, updated_at: updated })
    .returning("id")
    .executeTakeFirstOrThrow();
  const keyResult = await db
    .insertInto("key_results")
    .values({
      objective_id: objective.id,
      title: "Utilisation to 100%",
      owner_id: null,
      weight: 3,
      kind: "increase",
      kpi_id: seed.paramKpiId,
      scope_team_id: null,
      baseline: 0,
      target: 100,
      grade: null,
      archived_at: null,
      updated_at: updated,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const milestone = await db
    .insertInto("key_results")
    .values({ objective_id: objective.id, title: "Launch offer", owner_id: null, weight: 1, kind: "milestone", kpi_id: null, scope_team_id: null, baseline: null, target: null, grade: 0.2, archived_at: null, updated_at: updated })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { ...seed, objectiveId: objective.id, keyResultId: keyResult.id, milestoneId: milestone.id };
}
