import type { Kysely } from "kysely";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../../db/schema";
import { carryOver, listCarryOverChoices } from "~/quarters/carry-over.server";
import { closeQuarter } from "~/quarters/quarters.server";
import { createTestDatabase } from "../support/db";
import { NOW, type QuarterSeed, TODAY, seedQuarter, writeMonthlyHours } from "./seed";

let db: Kysely<Database>;
let seed: QuarterSeed;
let trailingId: number;
let noDataId: number;

async function addKeyResult(title: string, fields: { window_kind?: "quarter" | "trailing_months"; window_length?: number | null; scope_team_id?: number | null; baseline: number }) {
  const row = await db
    .insertInto("key_results")
    .values({
      objective_id: seed.objectiveId,
      title,
      owner_id: null,
      weight: 1,
      kind: "increase",
      kpi_id: seed.paramKpiId,
      baseline: fields.baseline,
      target: 100,
      grade: null,
      archived_at: null,
      scope_team_id: fields.scope_team_id ?? null,
      window_kind: fields.window_kind ?? "quarter",
      window_length: fields.window_length ?? null,
      kpi_params: JSON.stringify({ list_rate: 80 }),
      updated_at: NOW.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedQuarter(db);
  // Sales: 20 + 30 + 10 = 60 hours in Q3, 10 of them in September.
  await writeMonthlyHours(db, seed, { "2026-06": 50, "2026-07": 20, "2026-08": 30, "2026-09": 10 });
  trailingId = await addKeyResult("Utilisation last month", { window_kind: "trailing_months", window_length: 1, baseline: 5 });
  noDataId = await addKeyResult("Delivery utilisation", { scope_team_id: seed.deliveryId, baseline: 7 });
});

describe("listCarryOverChoices", () => {
  test("KPI values at quarter end", async () => {
    const [objective] = await listCarryOverChoices(db, seed.actor, "2026-Q3");
    const endValue = (id: number) => objective.keyResults.find((kr) => kr.id === id)?.endValue;
    // Quarter window: 60 hours / list rate 100 = 60%.
    expect(endValue(seed.keyResultId)).toBe(60);
    // Trailing month up to 30 September: 10 hours / list rate 80 = 12.5%.
    expect(endValue(trailingId)).toBe(12.5);
    // Delivery has no hours: no value.
    expect(endValue(noDataId)).toBeNull();
    expect(endValue(seed.milestoneId)).toBeNull();
  });

  test("a lead sees only led teams", async () => {
    const leadId = (await db.insertInto("people").values({ name: "Lea Lead", email: "lea@example.com", role: "lead", team_id: seed.deliveryId, started_on: null, ended_on: null }).returning("id").executeTakeFirstOrThrow()).id;
    await db.updateTable("teams").set({ lead_person_id: leadId }).where("id", "=", seed.deliveryId).execute();
    expect(await listCarryOverChoices(db, { personId: leadId, role: "lead" }, "2026-Q3")).toEqual([]);

    await db.updateTable("teams").set({ lead_person_id: leadId }).where("id", "=", seed.salesId).execute();
    expect((await listCarryOverChoices(db, { personId: leadId, role: "lead" }, "2026-Q3")).map((o) => o.id)).toEqual([seed.objectiveId]);
  });
});

describe("carryOver", () => {
  const all = () => ({ objectiveIds: [seed.objectiveId], keyResultIds: [seed.keyResultId, trailingId, noDataId, seed.milestoneId] });

  async function copiedKeyResults(objectiveId: number) {
    return db.selectFrom("key_results").selectAll().where("objective_id", "=", objectiveId).orderBy("carried_from_id").execute();
  }

  test("copies as drafts with new baselines", async () => {
    const result = await carryOver(db, seed.actor, "2026-Q3", all(), NOW);
    expect(result).toMatchObject({ ok: true, next: "2026-Q4" });
    if (!result.ok) return;

    const objective = await db.selectFrom("objectives").selectAll().where("id", "=", result.objectiveIds[0]).executeTakeFirstOrThrow();
    expect(objective).toMatchObject({ period: "2026-Q4", status: "draft", team_id: seed.salesId, carried_from_id: seed.objectiveId, title: "Grow utilisation" });

    const copies = new Map((await copiedKeyResults(objective.id)).map((kr) => [kr.carried_from_id, kr]));
    expect(copies.get(seed.keyResultId)).toMatchObject({ baseline: 60, target: 100, weight: 3, kpi_id: seed.paramKpiId });
    expect(copies.get(trailingId)).toMatchObject({ baseline: 12.5, window_kind: "trailing_months", window_length: 1, kpi_params: '{"list_rate":80}' });
    // Without a value at the quarter's end the old baseline stays.
    expect(copies.get(noDataId)).toMatchObject({ baseline: 7, scope_team_id: seed.deliveryId });
    expect(copies.get(seed.milestoneId)).toMatchObject({ kind: "milestone", grade: 0, baseline: null });
  });

  test("only chosen key results", async () => {
    const result = await carryOver(db, seed.actor, "2026-Q3", { objectiveIds: [seed.objectiveId], keyResultIds: [trailingId] }, NOW);
    if (!result.ok) throw new Error("carry-over failed");
    expect((await copiedKeyResults(result.objectiveIds[0])).map((kr) => kr.carried_from_id)).toEqual([trailingId]);
  });

  test("KPI history is untouched", async () => {
    const before = await db.selectFrom("metric_snapshots").selectAll().orderBy("id").execute();
    await carryOver(db, seed.actor, "2026-Q3", all(), NOW);
    expect(await db.selectFrom("metric_snapshots").selectAll().orderBy("id").execute()).toEqual(before);
  });

  test("works from a closed quarter", async () => {
    expect((await closeQuarter(db, seed.actor, "2026-Q3", { today: TODAY, now: NOW })).ok).toBe(true);
    expect((await carryOver(db, seed.actor, "2026-Q3", all(), NOW)).ok).toBe(true);
  });

  test("audits every copy", async () => {
    await carryOver(db, seed.actor, "2026-Q3", all(), NOW);
    const entries = await db.selectFrom("audit_entries").select(["entity", "action"]).where("action", "=", "create").execute();
    expect(entries.filter((e) => e.entity === "objective")).toHaveLength(1);
    expect(entries.filter((e) => e.entity === "key_result")).toHaveLength(4);
  });

  test("marks the source as copied", async () => {
    await carryOver(db, seed.actor, "2026-Q3", all(), NOW);
    const [choice] = await listCarryOverChoices(db, seed.actor, "2026-Q3");
    expect(choice.copiedTo).not.toBeNull();
  });

  test("rejects nothing chosen", async () => {
    expect(await carryOver(db, seed.actor, "2026-Q3", { objectiveIds: [], keyResultIds: [] }, NOW)).toEqual({ ok: false, error: { code: "nothing_chosen" } });
  });

  test("rejects a team the lead does not lead", async () => {
    const result = await carryOver(db, { personId: seed.memberId, role: "lead" }, "2026-Q3", all(), NOW);
    expect(result).toEqual({ ok: false, error: { code: "unknown_objective", id: seed.objectiveId, quarter: "2026-Q3" } });
  });
});
