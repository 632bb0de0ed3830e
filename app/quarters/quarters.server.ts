import type { Kysely } from "kysely";
import type { Database, Quarter } from "../../db/schema";
import { type DateWindow, type IsoDate, isQuarter, quarterWindow } from "../kpi/calendar";
import { inTransaction } from "../okr/audit.server";
import { scoreQuarter } from "../okr/scores.server";
import { getSettings } from "../okr/settings.server";
import type { Actor } from "../people/actor.server";

export type QuarterChangeError =
  | { code: "not_admin" }
  | { code: "invalid_quarter"; quarter: string }
  | { code: "not_ended"; quarter: string; end: IsoDate }
  | { code: "already_closed"; quarter: string }
  | { code: "not_closed"; quarter: string }
  | { code: "reason_required" };

export type QuarterChangeResult = { ok: true; frozenScores: number } | { ok: false; error: QuarterChangeError };

/** A quarter as the Quarters page lists it. */
export interface QuarterRow {
  quarter: string;
  window: DateWindow;
  status: "open" | "closed";
  closedAt: string | null;
  closedByName: string | null;
  objectiveCount: number;
  /** Whether the quarter's last day lies before today, so that it can be closed. */
  ended: boolean;
}

/** Load a quarter's row, undefined when it was never closed (and so is open). */
export async function getQuarter(db: Kysely<Database>, quarter: string): Promise<Quarter | undefined> {
  return db.selectFrom("quarters").selectAll().where("period", "=", quarter).executeTakeFirst();
}

/**
 * List every quarter that has objectives or was ever closed, newest first, with its status and
 * number of objectives that are not archived.
 */
export async function listQuarters(db: Kysely<Database>, today: IsoDate): Promise<QuarterRow[]> {
  const { fiscalStartMonth } = await getSettings(db);
  const counts = await db
    .selectFrom("objectives")
    .select(["period", (eb) => eb.fn.countAll<number>().as("count")])
    .where("archived_at", "is", null)
    .groupBy("period")
    .execute();
  const stored = await db
    .selectFrom("quarters")
    .leftJoin("people", "people.id", "quarters.closed_by")
    .select(["quarters.period", "quarters.status", "quarters.closed_at", "people.name"])
    .execute();

  const periods = new Set([...counts.map((c) => c.period), ...stored.map((s) => s.period)].filter(isQuarter));
  const rows: QuarterRow[] = [];
  for (const quarter of periods) {
    const window = quarterWindow(quarter, fiscalStartMonth);
    if (!window) continue;
    const row = stored.find((s) => s.period === quarter);
    rows.push({
      quarter,
      window,
      status: row?.status ?? "open",
      closedAt: row?.closed_at ?? null,
      closedByName: row?.name ?? null,
      objectiveCount: Number(counts.find((c) => c.period === quarter)?.count ?? 0),
      ended: window.end < today,
    });
  }
  return rows.sort((a, b) => (a.quarter < b.quarter ? 1 : -1));
}

/**
 * Close a quarter (admin only): compute every key result's score as of the quarter's last day,
 * store it frozen, and mark the quarter closed. From then on its objectives and key results are
 * read-only and snapshots dated in it are rejected. A quarter can be closed only after its last day.
 */
export async function closeQuarter(
  db: Kysely<Database>,
  actor: Actor,
  quarter: string,
  options: { today: IsoDate; now: Date },
): Promise<QuarterChangeResult> {
  if (actor.role !== "admin") return { ok: false, error: { code: "not_admin" } };
  const { fiscalStartMonth } = await getSettings(db);
  const window = quarterWindow(quarter, fiscalStartMonth);
  if (!window) return { ok: false, error: { code: "invalid_quarter", quarter } };
  if (window.end >= options.today) return { ok: false, error: { code: "not_ended", quarter, end: window.end } };

  return inTransaction(db, async (trx): Promise<QuarterChangeResult> => {
    const old = await getQuarter(trx, quarter);
    if (old?.status === "closed") return { ok: false, error: { code: "already_closed", quarter } };

    // A reopen unfroze the rows of an earlier close, so scoring recomputes them from the data now.
    const scores = await scoreQuarter(trx, { quarter, today: window.end });
    const keyResults = scores.objectives.flatMap((objective) => objective.keyResults);
    const computedAt = options.now.toISOString();
    for (const kr of keyResults) {
      await trx
        .insertInto("score_snapshots")
        .values({ key_result_id: kr.keyResultId, as_of: window.end, value: kr.value, progress: kr.progress, score: kr.score, frozen: 1, computed_at: computedAt })
        .onConflict((conflict) =>
          conflict.columns(["key_result_id", "as_of"]).doUpdateSet({ value: kr.value, progress: kr.progress, score: kr.score, frozen: 1, computed_at: computedAt }),
        )
        .execute();
    }

    const row = { period: quarter, status: "closed" as const, closed_at: computedAt, closed_by: actor.personId };
    await trx
      .insertInto("quarters")
      .values(row)
      .onConflict((conflict) => conflict.column("period").doUpdateSet({ status: "closed", closed_at: computedAt, closed_by: actor.personId }))
      .execute();
    await recordQuarterAudit(trx, actor, "close", old ?? null, { ...row, frozenScores: keyResults.length, companyScore: scores.company.score }, options.now);
    return { ok: true, frozenScores: keyResults.length };
  });
}

/**
 * Reopen a closed quarter (admin only, with a reason that the audit entry keeps). Its frozen
 * scores become ordinary score snapshots again, so the next refresh recomputes them.
 */
export async function reopenQuarter(
  db: Kysely<Database>,
  actor: Actor,
  quarter: string,
  reason: string,
  now: Date,
): Promise<QuarterChangeResult> {
  if (actor.role !== "admin") return { ok: false, error: { code: "not_admin" } };
  if (reason.trim() === "") return { ok: false, error: { code: "reason_required" } };

  return inTransaction(db, async (trx): Promise<QuarterChangeResult> => {
    const old = await getQuarter(trx, quarter);
    if (old?.status !== "closed") return { ok: false, error: { code: "not_closed", quarter } };

    const keyResultIds = trx
      .selectFrom("key_results")
      .innerJoin("objectives", "objectives.id", "key_results.objective_id")
      .select("key_results.id")
      .where("objectives.period", "=", quarter);
    const unfrozen = await trx
      .updateTable("score_snapshots")
      .set({ frozen: 0 })
      .where("frozen", "=", 1)
      .where("key_result_id", "in", keyResultIds)
      .executeTakeFirst();

    await trx.updateTable("quarters").set({ status: "open" }).where("period", "=", quarter).execute();
    const newValue = { ...old, status: "open", reason: reason.trim(), unfrozenScores: Number(unfrozen.numUpdatedRows) };
    await recordQuarterAudit(trx, actor, "reopen", old, newValue, now);
    return { ok: true, frozenScores: 0 };
  });
}

// recordAudit takes a numeric entity id, but a quarter is identified by its period, which the values keep.
async function recordQuarterAudit(
  db: Kysely<Database>,
  actor: Actor,
  action: "close" | "reopen",
  oldValue: unknown,
  newValue: unknown,
  now: Date,
): Promise<void> {
  await db
    .insertInto("audit_entries")
    .values({
      actor_id: actor.personId,
      at: now.toISOString(),
      entity: "quarter",
      entity_id: null,
      action,
      old_value: oldValue === null ? null : JSON.stringify(oldValue),
      new_value: JSON.stringify(newValue),
    })
    .execute();
}

/** Load the audit entries of a quarter's closes and reopens, newest first. */
export async function listQuarterAudit(db: Kysely<Database>, quarter: string) {
  const rows = await db
    .selectFrom("audit_entries")
    .leftJoin("people", "people.id", "audit_entries.actor_id")
    .select(["audit_entries.id", "audit_entries.at", "audit_entries.action", "audit_entries.new_value", "people.name"])
    .where("entity", "=", "quarter")
    .orderBy("audit_entries.id", "desc")
    .execute();
  return rows
    .map((row) => ({ ...row, value: JSON.parse(row.new_value ?? "{}") as { period?: string; reason?: string } }))
    .filter((row) => row.value.period === quarter)
    .map((row) => ({ id: row.id, at: row.at, action: row.action, actorName: row.name, reason: row.value.reason ?? null }));
}
