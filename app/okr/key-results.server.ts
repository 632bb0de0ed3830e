import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database, KeyResult, Objective } from "../../db/schema";
import { type FieldErrors, type WriteResult, invalid } from "../components/forms/field-errors";
import type { KpiParameter } from "../kpi/types";
import type { Actor } from "../people/actor.server";
import { assertCanEditTeam } from "../people/permissions.server";
import { inTransaction, recordAudit } from "./audit.server";
import { type KeyResultInput, paramFieldName } from "./forms";
import { getObjective } from "./objectives.server";
import { isQuarter } from "../kpi/calendar";
import { isQuarterClosed } from "../quarters/closed-quarters.server";
import { checkTargets } from "./scoring";

/** A KPI a key result can be bound to, as the form lists it. */
export interface KpiChoice {
  id: number;
  key: string;
  name_nl: string;
  name_en: string;
  unit: string;
  params: KpiParameter[];
}

const kpiParamsSchema = z.array(
  z.object({ key: z.string(), name_nl: z.string(), name_en: z.string(), default: z.number() }),
);

/** Load a key result when neither it nor its objective is archived; undefined otherwise. */
export async function getKeyResult(db: Kysely<Database>, id: number): Promise<KeyResult | undefined> {
  return db
    .selectFrom("key_results")
    .innerJoin("objectives", "objectives.id", "key_results.objective_id")
    .selectAll("key_results")
    .where("key_results.id", "=", id)
    .where("key_results.archived_at", "is", null)
    .where("objectives.archived_at", "is", null)
    .executeTakeFirst();
}

/** Load a key result with its objective when neither is archived; undefined otherwise. */
export async function getKeyResultWithObjective(
  db: Kysely<Database>,
  id: number,
): Promise<{ keyResult: KeyResult; objective: Objective } | undefined> {
  const keyResult = await getKeyResult(db, id);
  const objective = keyResult ? await getObjective(db, keyResult.objective_id) : undefined;
  return keyResult && objective ? { keyResult, objective } : undefined;
}

/** Built-in and own KPIs with their parameters, built-in ones first. */
export async function listKpiChoices(db: Kysely<Database>): Promise<KpiChoice[]> {
  const rows = await db
    .selectFrom("kpis")
    .select(["id", "key", "name_nl", "name_en", "unit", "params"])
    .orderBy("builtin", "desc")
    .orderBy("key")
    .execute();
  return rows.map((row) => ({ ...row, params: kpiParamsSchema.parse(JSON.parse(row.params)) }));
}

/**
 * Field errors (on "form") for a change to a key result of an objective whose quarter is closed:
 * a closed quarter's key results are read-only.
 */
async function closedQuarterErrors(db: Kysely<Database>, objective: Objective): Promise<FieldErrors | null> {
  if (!isQuarter(objective.period) || !(await isQuarterClosed(db, objective.period))) return null;
  return { form: { code: "closed_quarter", params: { quarter: objective.period } } };
}

/**
 * Create a key result under an objective. Returns null when the objective does not exist or is
 * archived, and an error on "form" when its quarter is closed.
 */
export async function createKeyResult(
  db: Kysely<Database>,
  actor: Actor,
  objectiveId: number,
  input: KeyResultInput,
  now: Date,
): Promise<WriteResult | null> {
  const objective = await getObjective(db, objectiveId);
  if (!objective) return null;
  await assertCanEditTeam(db, actor, objective.team_id);

  const closed = await closedQuarterErrors(db, objective);
  if (closed) return invalid(closed);

  const checked = await checkKeyResult(db, objective, input, null);
  if (!checked.ok) return invalid(checked.errors);

  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto("key_results")
      .values({
        ...checked.columns,
        objective_id: objectiveId,
        grade: input.kind === "milestone" ? (input.grade ?? 0) : null,
        updated_at: now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "key_result", entityId: row.id, action: "create", oldValue: null, newValue: row }, now);
    return { ok: true, id: row.id };
  });
}

/**
 * Update a key result. Returns null when it, or its objective, does not exist or is archived, and
 * an error on "form" when its quarter is closed.
 */
export async function updateKeyResult(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  input: KeyResultInput,
  now: Date,
): Promise<WriteResult | null> {
  const old = await getKeyResult(db, id);
  if (!old) return null;
  const objective = await getObjective(db, old.objective_id);
  if (!objective) return null;
  await assertCanEditTeam(db, actor, objective.team_id);

  const closed = await closedQuarterErrors(db, objective);
  if (closed) return invalid(closed);

  const checked = await checkKeyResult(db, objective, input, id);
  if (!checked.ok) return invalid(checked.errors);

  return inTransaction(db, async (trx) => {
    const grade = input.kind === "milestone" ? (input.grade ?? old.grade ?? 0) : null;
    const row = await trx
      .updateTable("key_results")
      .set({ ...checked.columns, grade, updated_at: now.toISOString() })
      .where("id", "=", id)
      .where("archived_at", "is", null)
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    await recordAudit(trx, actor, { entity: "key_result", entityId: id, action: "update", oldValue: old, newValue: row }, now);
    return { ok: true, id };
  });
}

/**
 * Archive a key result: it leaves every page and score. Rejected with an error on "form" when the
 * objective's other active key results would then all weigh zero, or when its quarter is closed.
 * Returns null when it does not exist.
 */
export async function archiveKeyResult(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  now: Date,
): Promise<WriteResult | null> {
  const old = await getKeyResult(db, id);
  if (!old) return null;
  const objective = await getObjective(db, old.objective_id);
  if (!objective) return null;
  await assertCanEditTeam(db, actor, objective.team_id);
  const closed = await closedQuarterErrors(db, objective);
  if (closed) return invalid(closed);

  const others = await otherWeights(db, old.objective_id, id);
  if (others.length > 0 && others.every((weight) => weight === 0)) {
    return invalid({ form: { code: "archive_leaves_zero_weights" } });
  }

  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("key_results")
      .set({ archived_at: now.toISOString(), updated_at: now.toISOString() })
      .where("id", "=", id)
      .where("archived_at", "is", null)
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    await recordAudit(trx, actor, { entity: "key_result", entityId: id, action: "archive", oldValue: old, newValue: row }, now);
    return { ok: true, id };
  });
}

type Checked =
  | { ok: true; columns: Omit<KeyResult, "id" | "objective_id" | "grade" | "archived_at" | "created_at" | "updated_at" | "carried_from_id"> }
  | { ok: false; errors: FieldErrors };

/** Check a key result against the database and its rules, and map it to columns. */
async function checkKeyResult(
  db: Kysely<Database>,
  objective: Objective,
  input: KeyResultInput,
  id: number | null,
): Promise<Checked> {
  const errors: FieldErrors = {};
  if (input.ownerId !== null) {
    const owner = await db.selectFrom("people").select("id").where("id", "=", input.ownerId).executeTakeFirst();
    if (!owner) errors.ownerId = { code: "unknown_person" };
  }

  const weights = [...(await otherWeights(db, objective.id, id)), input.weight];
  if (weights.every((weight) => weight === 0)) errors.weight = { code: "all_weights_zero" };

  const common = { title: input.title, owner_id: input.ownerId, weight: input.weight, kind: input.kind };
  if (input.kind === "milestone") {
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    const milestone = { kpi_id: null, scope_team_id: null, window_kind: "quarter" as const, window_length: null };
    return { ok: true, columns: { ...common, ...milestone, baseline: null, target: null, kpi_params: "{}" } };
  }

  const binding = await checkKpiBinding(db, input, errors);
  if (!binding || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    columns: {
      ...common,
      kpi_id: binding.kpiId,
      scope_team_id: input.scopeTeamId,
      window_kind: input.windowKind,
      window_length: input.windowKind === "quarter" ? null : input.windowLength,
      baseline: input.baseline,
      target: input.target,
      kpi_params: JSON.stringify(binding.params),
    },
  };
}

/**
 * Check the KPI, scope team, parameters and targets of a KPI key result, adding field errors.
 * Returns the KPI and the parameter values that differ from the KPI's defaults.
 */
async function checkKpiBinding(db: Kysely<Database>, input: KeyResultInput, errors: FieldErrors) {
  if (input.scopeTeamId !== null) {
    const team = await db.selectFrom("teams").select("id").where("id", "=", input.scopeTeamId).executeTakeFirst();
    if (!team) errors.scopeTeamId = { code: "unknown_team" };
  }

  if (input.baseline !== null && input.target !== null) {
    const problem = checkTargets(input.kind, input.baseline, input.target);
    if (problem) errors.target = { code: problem };
  }

  const kpi = input.kpiId === null ? undefined : (await listKpiChoices(db)).find((k) => k.id === input.kpiId);
  if (!kpi) {
    errors.kpiId = { code: "unknown_kpi" };
    return null;
  }

  const overrides: Record<string, number> = {};
  for (const [key, value] of Object.entries(input.params)) {
    const param = kpi.params.find((p) => p.key === key);
    if (!param) errors[paramFieldName(kpi.id, key)] = { code: "unknown_param" };
    else if (value !== param.default) overrides[key] = value;
  }
  return { kpiId: kpi.id, params: overrides };
}

/** Weights of the objective's active key results other than the one being saved. */
async function otherWeights(db: Kysely<Database>, objectiveId: number, exceptId: number | null): Promise<number[]> {
  let query = db
    .selectFrom("key_results")
    .select("weight")
    .where("objective_id", "=", objectiveId)
    .where("archived_at", "is", null);
  if (exceptId !== null) query = query.where("id", "!=", exceptId);
  return (await query.execute()).map((row) => row.weight);
}
