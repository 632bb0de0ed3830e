import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { type FieldErrors, type WriteResult, invalid } from "../components/forms/field-errors";
import { isQuarter } from "../kpi/calendar";
import { inTransaction, recordAudit } from "../okr/audit.server";
import { companyToday } from "../okr/settings.server";
import type { Actor } from "../people/actor.server";
import { canCheckIn, forbidden } from "../people/permissions.server";
import { closedQuarterOfDay, isQuarterClosed, listClosedQuarters } from "../quarters/closed-quarters.server";
import type { CheckInInput } from "./forms";

/** A key result as check-ins need it: its kind, owner, and the objective's team and period. */
export interface CheckInTarget {
  id: number;
  kind: string;
  owner_id: number | null;
  grade: number | null;
  team_id: number;
  period: string;
}

/** Load an active key result with its objective's team and period; undefined when missing or archived. */
export async function getCheckInTarget(db: Kysely<Database>, keyResultId: number): Promise<CheckInTarget | undefined> {
  return db
    .selectFrom("key_results")
    .innerJoin("objectives", "objectives.id", "key_results.objective_id")
    .select(["key_results.id", "key_results.kind", "key_results.owner_id", "key_results.grade", "objectives.team_id", "objectives.period"])
    .where("key_results.id", "=", keyResultId)
    .where("key_results.archived_at", "is", null)
    .where("objectives.archived_at", "is", null)
    .executeTakeFirst();
}

/**
 * Field errors when a check-in may not be recorded on this day: the day lies in a closed quarter,
 * or the key result's objective belongs to a closed quarter (its scores are frozen).
 */
export async function assertCheckInAllowed(db: Kysely<Database>, target: CheckInTarget, day: string): Promise<FieldErrors> {
  const closedDay = closedQuarterOfDay(await listClosedQuarters(db), day);
  if (closedDay) return { form: { code: "closed_quarter", params: { quarter: closedDay } } };
  const closedPeriod = await closedQuarterOfTarget(db, target);
  if (closedPeriod) return { form: { code: "closed_quarter", params: { quarter: closedPeriod } } };
  return {};
}

/** Return the key result's quarter when it is closed, else null (also for a year objective). */
export async function closedQuarterOfTarget(db: Kysely<Database>, target: CheckInTarget): Promise<string | null> {
  return isQuarter(target.period) && (await isQuarterClosed(db, target.period)) ? target.period : null;
}

/**
 * Record a check-in. The owner, a lead of the objective's team (or a team above it) and admins may
 * check in; anyone else gets 403. A milestone's value becomes the key result's grade, audited as
 * a key result update. A KPI key result takes no value, because its value is computed.
 * Returns null when the key result does not exist or is archived.
 */
export async function recordCheckIn(
  db: Kysely<Database>,
  actor: Actor,
  keyResultId: number,
  input: CheckInInput,
  now: Date,
): Promise<WriteResult | null> {
  const target = await getCheckInTarget(db, keyResultId);
  if (!target) return null;
  if (!(await canCheckIn(db, actor, target))) throw forbidden();

  const isMilestone = target.kind === "milestone";
  if (!isMilestone && input.value !== null) return invalid({ value: { code: "value_not_allowed" } });
  const day = await companyToday(db, now);
  const closed = await assertCheckInAllowed(db, target, day);
  if (Object.keys(closed).length > 0) return invalid(closed);

  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto("check_ins")
      .values({
        key_result_id: keyResultId,
        person_id: actor.personId,
        value: isMilestone ? input.value : null,
        confidence: input.confidence,
        comment: input.comment,
        checked_on: day,
        created_at: now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "check_in", entityId: row.id, action: "create", oldValue: null, newValue: row }, now);

    if (isMilestone && input.value !== null && input.value !== target.grade) {
      await trx.updateTable("key_results").set({ grade: input.value, updated_at: now.toISOString() }).where("id", "=", keyResultId).execute();
      await recordAudit(trx, actor, { entity: "key_result", entityId: keyResultId, action: "update", oldValue: { grade: target.grade }, newValue: { grade: input.value } }, now);
    }
    return { ok: true, id: row.id };
  });
}

export interface CheckInRow {
  id: number;
  checkedOn: string;
  createdAt: string;
  personName: string | null;
  value: number | null;
  confidence: number;
  comment: string;
}

/** Check-ins of a key result, newest first. Every signed-in person may read them, as they read OKRs. */
export async function listCheckIns(db: Kysely<Database>, keyResultId: number): Promise<CheckInRow[]> {
  return db
    .selectFrom("check_ins")
    .leftJoin("people", "people.id", "check_ins.person_id")
    .select([
      "check_ins.id",
      "check_ins.checked_on as checkedOn",
      "check_ins.created_at as createdAt",
      "people.name as personName",
      "check_ins.value",
      "check_ins.confidence",
      "check_ins.comment",
    ])
    .where("check_ins.key_result_id", "=", keyResultId)
    .orderBy("check_ins.created_at", "desc")
    .orderBy("check_ins.id", "desc")
    .execute();
}
