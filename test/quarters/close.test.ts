import type { Kysely } from "kysely";
import { beforeEach, describe, expect, test } from "vitest";
import type { Database } from "../../db/schema";
import { writeSnapshots } from "~/kpi/snapshots.server";
import { scoreQuarter } from "~/okr/scores.server";
import { ClosedQuarterError, assertPeriodsOpen } from "~/quarters/closed-quarters.server";
import { closeQuarter, listQuarterAudit, listQuarters, reopenQuarter } from "~/quarters/quarters.server";
import { createTestDatabase } from "../support/db";
import { NOW, type QuarterSeed, TODAY, seedQuarter, writeMonthlyHours } from "./seed";

let db: Kysely<Database>;
let seed: QuarterSeed;

beforeEach(async () => {
  db = await createTestDatabase();
  seed = await seedQuarter(db);
  // 20 + 20 + 20 hours = 60% utilisation: the KPI key result scores 0.6.
  await writeMonthlyHours(db, seed, { "2026-07": 20, "2026-08": 20, "2026-09": 20 });
});

const close = () => closeQuarter(db, seed.actor, "2026-Q3", { today: TODAY, now: NOW });
const sep = (value: number) => ({ metricId: seed.flowMetricId, teamId: seed.salesId, periodStart: "2026-09-01", periodEnd: "2026-09-30", value });

async function frozenRows() {
  return db.selectFrom("score_snapshots").selectAll().where("frozen", "=", 1).orderBy("key_result_id").execute();
}

describe("closeQuarter", () => {
  test("freezes scores as of last day", async () => {
    expect(await close()).toEqual({ ok: true, frozenScores: 2 });

    const rows = await frozenRows();
    expect(rows.map((row) => row.as_of)).toEqual(["2026-09-30", "2026-09-30"]);
    expect(rows[0]).toMatchObject({ key_result_id: seed.keyResultId, value: 60, progress: 0.6, score: 0.6 });
    expect(rows[1]).toMatchObject({ key_result_id: seed.milestoneId, value: 0.2, score: 0.2 });
  });

  test("closed quarter shows frozen scores", async () => {
    await close();
    // Changes behind the guards' back (a target edited in the database) do not move a frozen score.
    await db.updateTable("key_results").set({ target: 200 }).where("id", "=", seed.keyResultId).execute();

    const scores = await scoreQuarter(db, { quarter: "2026-Q3", today: TODAY });
    const objective = scores.objectives[0];
    expect(objective.keyResults.find((kr) => kr.keyResultId === seed.keyResultId)?.score).toBe(0.6);
    // Weighted mean: (3 × 0.6 + 1 × 0.2) / 4 = 0.5.
    expect(objective.score).toBe(0.5);
  });

  test("rejects a back-dated snapshot", async () => {
    await close();
    const attempt = writeSnapshots(db, [sep(99)], { source: "manual", actorId: seed.adminId, now: NOW });
    await expect(attempt).rejects.toBeInstanceOf(ClosedQuarterError);
    await expect(attempt).rejects.toMatchObject({ quarter: "2026-Q3", messageKey: "quarters.errors.closed" });

    const stored = await db.selectFrom("metric_snapshots").select("value").where("period_start", "=", "2026-09-01").executeTakeFirstOrThrow();
    expect(stored.value).toBe(20);
  });

  test("accepts a snapshot of the next quarter", async () => {
    await close();
    const october = { ...sep(5), periodStart: "2026-10-01", periodEnd: "2026-10-31" };
    const result = await writeSnapshots(db, [october], { source: "manual", actorId: seed.adminId, now: NOW });
    expect(result.inserted).toBe(1);
  });

  test.each([
    // ISO week 2026-W27 runs Monday 29 June to Sunday 5 July; its middle day 2 July is in Q3.
    { start: "2026-06-29", end: "2026-07-05", closed: true },
    // 2026-W40 runs 28 September to 4 October; its middle day 1 October is in Q4.
    { start: "2026-09-28", end: "2026-10-04", closed: false },
    // Two days: the earlier middle day (30 September) decides.
    { start: "2026-09-30", end: "2026-10-01", closed: true },
    { start: "2026-06-30", end: "2026-06-30", closed: false },
    { start: "2026-07-01", end: "2026-07-01", closed: true },
  ])("period $start to $end by middle day", async ({ start, end, closed }) => {
    await close();
    const attempt = assertPeriodsOpen(db, [{ start, end }]);
    if (closed) await expect(attempt).rejects.toBeInstanceOf(ClosedQuarterError);
    else await expect(attempt).resolves.toBeUndefined();
  });

  test("rejects a quarter not yet ended", async () => {
    const result = await closeQuarter(db, seed.actor, "2026-Q4", { today: TODAY, now: NOW });
    expect(result).toEqual({ ok: false, error: { code: "not_ended", quarter: "2026-Q4", end: "2026-12-31" } });
  });

  test("rejects a non-admin", async () => {
    const result = await closeQuarter(db, { personId: seed.memberId, role: "lead" }, "2026-Q3", { today: TODAY, now: NOW });
    expect(result).toEqual({ ok: false, error: { code: "not_admin" } });
    expect(await frozenRows()).toEqual([]);
  });

  test("rejects closing twice", async () => {
    await close();
    expect(await close()).toEqual({ ok: false, error: { code: "already_closed", quarter: "2026-Q3" } });
  });

  test("audits the close", async () => {
    await close();
    const entry = await db.selectFrom("audit_entries").selectAll().where("entity", "=", "quarter").executeTakeFirstOrThrow();
    expect(entry.action).toBe("close");
    expect(entry.actor_id).toBe(seed.adminId);
    expect(JSON.parse(entry.new_value ?? "")).toMatchObject({ period: "2026-Q3", status: "closed", frozenScores: 2 });
  });
});

describe("reopenQuarter", () => {
  test("requires a reason", async () => {
    await close();
    expect(await reopenQuarter(db, seed.actor, "2026-Q3", "  ", NOW)).toEqual({ ok: false, error: { code: "reason_required" } });
  });

  test("rejects an open quarter", async () => {
    expect(await reopenQuarter(db, seed.actor, "2026-Q3", "late invoices", NOW)).toEqual({
      ok: false,
      error: { code: "not_closed", quarter: "2026-Q3" },
    });
  });

  test("unfreezes scores and accepts snapshots", async () => {
    await close();
    expect((await reopenQuarter(db, seed.actor, "2026-Q3", "late invoices", NOW)).ok).toBe(true);

    expect(await frozenRows()).toEqual([]);
    const result = await writeSnapshots(db, [sep(30)], { source: "manual", actorId: seed.adminId, now: NOW });
    expect(result.replaced).toBe(1);
    const scores = await scoreQuarter(db, { quarter: "2026-Q3", today: TODAY });
    expect(scores.objectives[0].keyResults[0].score).toBe(0.7);
  });

  test("keeps the reason in the audit log", async () => {
    await close();
    await reopenQuarter(db, seed.actor, "2026-Q3", "late invoices", NOW);

    const entries = await listQuarterAudit(db, "2026-Q3");
    expect(entries.map((entry) => entry.action)).toEqual(["reopen", "close"]);
    expect(entries[0].reason).toBe("late invoices");
    expect(entries[0].actorName).toBe("Anna Admin");
  });

  test("a reopened quarter closes again with new scores", async () => {
    await close();
    await reopenQuarter(db, seed.actor, "2026-Q3", "late invoices", NOW);
    await writeSnapshots(db, [sep(40)], { source: "manual", actorId: seed.adminId, now: NOW });

    expect((await close()).ok).toBe(true);
    const rows = await frozenRows();
    expect(rows[0]).toMatchObject({ key_result_id: seed.keyResultId, score: 0.8 });
  });
});

describe("listQuarters", () => {
  test("lists status and objectives", async () => {
    await close();
    const rows = await listQuarters(db, TODAY);
    expect(rows).toEqual([
      {
        quarter: "2026-Q3",
        window: { start: "2026-07-01", end: "2026-09-30" },
        status: "closed",
        closedAt: NOW.toISOString(),
        closedByName: "Anna Admin",
        objectiveCount: 1,
        ended: true,
      },
    ]);
  });
});
