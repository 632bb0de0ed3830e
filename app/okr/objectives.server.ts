import type { Kysely } from "kysely";
import type { Database, Objective } from "../../db/schema";
import { type FieldError, type FieldErrors, type WriteResult, invalid } from "../components/forms/field-errors";
import { isQuarter } from "../kpi/calendar";
import type { Actor } from "../people/actor.server";
import { assertCanEditTeam } from "../people/permissions.server";
import { listPeople } from "../people/people.server";
import { indentedName, teamTreeOrder } from "../people/team-tree";
import { listTeams } from "../people/teams.server";
import { assertQuarterOpen, isQuarterClosed } from "../quarters/closed-quarters.server";
import { inTransaction, recordAudit } from "./audit.server";
import type { ObjectiveInput } from "./forms";

/** Load an objective that is not archived; undefined when there is none. */
export async function getObjective(db: Kysely<Database>, id: number): Promise<Objective | undefined> {
  return db.selectFrom("objectives").selectAll().where("id", "=", id).where("archived_at", "is", null).executeTakeFirst();
}

/**
 * Periods whose objectives may be the parent of an objective of this period: the same period, and
 * for a quarter also its year ("2026-Q4" aligns under "2026-Q4" or "2026").
 */
export function enclosingPeriods(period: string): string[] {
  return isQuarter(period) ? [period, period.slice(0, 4)] : [period];
}

/**
 * Objectives that may become the parent of an objective of the given period: those of the same or
 * the enclosing period that are not archived, without the objective itself and its descendants.
 */
export async function listParentChoices(
  db: Kysely<Database>,
  period: string,
  objectiveId: number | null,
): Promise<Pick<Objective, "id" | "title" | "period" | "team_id">[]> {
  const candidates = await db
    .selectFrom("objectives")
    .select(["id", "title", "period", "team_id", "parent_id"])
    .where("period", "in", enclosingPeriods(period))
    .where("archived_at", "is", null)
    .orderBy("period")
    .orderBy("title")
    .execute();
  if (objectiveId === null) return candidates;

  const parents = await parentMap(db);
  return candidates.filter((c) => c.id !== objectiveId && !isAncestorOrSelf(parents, objectiveId, c.id));
}

/** A choice in a form's select: the row id and its label. */
export interface Choice {
  id: number;
  label: string;
}

/** Teams in tree order and people, for the selects of the objective and key result forms. */
export async function teamAndPeopleChoices(db: Kysely<Database>): Promise<{ teams: Choice[]; people: Choice[] }> {
  const teams = teamTreeOrder(await listTeams(db)).map((row) => ({ id: row.team.id, label: indentedName(row) }));
  const people = (await listPeople(db)).map((person) => ({ id: person.id, label: person.name }));
  return { teams, people };
}

/** Teams, people, and possible parents for the objective form of a period. */
export async function objectiveFormChoices(
  db: Kysely<Database>,
  period: string,
  objectiveId: number | null,
): Promise<{ teams: Choice[]; people: Choice[]; parents: Choice[] }> {
  const { teams, people } = await teamAndPeopleChoices(db);
  const parents = (await listParentChoices(db, period, objectiveId)).map((objective) => ({
    id: objective.id,
    label: `${objective.period} · ${objective.title}`,
  }));
  return { teams, people, parents };
}

/** Field errors for a write to an objective of a closed quarter, or for moving one into a closed quarter. */
async function closedQuarterErrors(db: Kysely<Database>, oldPeriod: string | null, newPeriod: string): Promise<FieldErrors> {
  if (oldPeriod !== null && isQuarter(oldPeriod) && (await isQuarterClosed(db, oldPeriod))) {
    return { form: { code: "closed_quarter", params: { quarter: oldPeriod } } };
  }
  if (isQuarter(newPeriod) && (await isQuarterClosed(db, newPeriod))) {
    return { period: { code: "closed_quarter_period", params: { quarter: newPeriod } } };
  }
  return {};
}

/** Create an objective. A period that is a closed quarter is rejected on the field "period". */
export async function createObjective(
  db: Kysely<Database>,
  actor: Actor,
  input: ObjectiveInput,
  now: Date,
): Promise<WriteResult> {
  await assertCanEditTeam(db, actor, input.teamId);
  const closed = await closedQuarterErrors(db, null, input.period);
  if (Object.keys(closed).length > 0) return invalid(closed);

  const errors = await checkObjective(db, input, null);
  if (Object.keys(errors).length > 0) return invalid(errors);

  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto("objectives")
      .values({ ...toColumns(input), archived_at: null, updated_at: now.toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "objective", entityId: row.id, action: "create", oldValue: null, newValue: row }, now);
    return { ok: true, id: row.id };
  });
}

/**
 * Update an objective; returns null when it does not exist or is archived. An objective of a closed
 * quarter is read-only (an error on "form"), and it cannot move into a closed quarter.
 */
export async function updateObjective(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  input: ObjectiveInput,
  now: Date,
): Promise<WriteResult | null> {
  const old = await getObjective(db, id);
  if (!old) return null;
  await assertCanEditTeam(db, actor, old.team_id);
  await assertCanEditTeam(db, actor, input.teamId);

  const closed = await closedQuarterErrors(db, old.period, input.period);
  if (Object.keys(closed).length > 0) return invalid(closed);

  const errors = await checkObjective(db, input, id);
  if (Object.keys(errors).length > 0) return invalid(errors);

  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("objectives")
      .set({ ...toColumns(input), updated_at: now.toISOString() })
      .where("id", "=", id)
      .where("archived_at", "is", null)
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    await recordAudit(trx, actor, { entity: "objective", entityId: id, action: "update", oldValue: old, newValue: row }, now);
    return { ok: true, id };
  });
}

/**
 * Archive an objective: it and its key results leave every page and score. Objectives aligned
 * under it keep their parent link. Returns false when it does not exist or is already archived.
 * Throws ClosedQuarterError when its period is a closed quarter.
 */
export async function archiveObjective(db: Kysely<Database>, actor: Actor, id: number, now: Date): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const old = await getObjective(trx, id);
    if (!old) return false;
    await assertCanEditTeam(trx, actor, old.team_id);
    await assertQuarterOpen(trx, old.period);

    const row = await trx
      .updateTable("objectives")
      .set({ archived_at: now.toISOString(), updated_at: now.toISOString() })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "objective", entityId: id, action: "archive", oldValue: old, newValue: row }, now);
    return true;
  });
}

function toColumns(input: ObjectiveInput) {
  return {
    title: input.title,
    description: input.description,
    period: input.period,
    team_id: input.teamId,
    owner_id: input.ownerId,
    parent_id: input.parentId,
    status: input.status,
  };
}

async function checkObjective(db: Kysely<Database>, input: ObjectiveInput, id: number | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const team = await db.selectFrom("teams").select("id").where("id", "=", input.teamId).executeTakeFirst();
  if (!team) errors.teamId = { code: "unknown_team" };

  if (input.ownerId !== null) {
    const owner = await db.selectFrom("people").select("id").where("id", "=", input.ownerId).executeTakeFirst();
    if (!owner) errors.ownerId = { code: "unknown_person" };
  }

  const parentError = input.parentId === null ? null : await checkParent(db, input.period, input.parentId, id);
  if (parentError) errors.parentId = parentError;
  return errors;
}

async function checkParent(
  db: Kysely<Database>,
  period: string,
  parentId: number,
  id: number | null,
): Promise<FieldError | null> {
  if (parentId === id) return { code: "parent_self" };

  const parent = await getObjective(db, parentId);
  if (!parent) return { code: "unknown_objective" };
  if (!enclosingPeriods(period).includes(parent.period)) {
    return { code: "parent_period", params: { parentPeriod: parent.period, period } };
  }
  if (id !== null && isAncestorOrSelf(await parentMap(db), id, parentId)) {
    return { code: "parent_cycle", params: { parent: parent.title } };
  }
  return null;
}

async function parentMap(db: Kysely<Database>): Promise<Map<number, number | null>> {
  const rows = await db.selectFrom("objectives").select(["id", "parent_id"]).execute();
  return new Map(rows.map((row) => [row.id, row.parent_id]));
}

/** Check whether `ancestor` is `node` or lies on its parent chain. Stops on a cycle already stored. */
function isAncestorOrSelf(parents: Map<number, number | null>, ancestor: number, node: number): boolean {
  const seen = new Set<number>();
  for (let current: number | null = node; current !== null; current = parents.get(current) ?? null) {
    if (current === ancestor) return true;
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}
