import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Database, KeyResult, Objective } from "../../db/schema";
import type { WriteResult } from "../components/forms/field-errors";
import { paramFieldName, parseKeyResultForm, parseObjectiveForm } from "../okr/forms";
import { createKeyResult, getKeyResult, updateKeyResult } from "../okr/key-results.server";
import { createObjective, getObjective, updateObjective } from "../okr/objectives.server";
import type { Actor } from "../people/actor.server";
import { canEditTeam } from "../people/permissions.server";
import { ApiError, type ApiIssue, invalidRequest, notFoundError } from "./errors";
import { refreshScoresAfterApiWrite } from "./refresh.server";
import {
  keyResultCreateSchema,
  type keyResultSchema,
  keyResultUpdateSchema,
  objectiveCreateSchema,
  type objectiveSchema,
  objectiveUpdateSchema,
} from "./schemas";
import { issuesFromFieldErrors, issuesFromZod } from "./validation";

// The API maps its JSON onto the objective and key result forms, so that every rule (lengths,
// periods, alignment, KPI binding, baseline against target, weights) is checked in one place.

type ObjectiveBody = z.input<typeof objectiveSchema>;
type KeyResultBody = z.input<typeof keyResultSchema>;
type ObjectiveFields = Omit<ObjectiveBody, "id" | "keyResults">;
type KeyResultFields = Omit<KeyResultBody, "id" | "objectiveId">;

const OBJECTIVE_FIELDS = { teamId: "team", ownerId: "owner" };
const KEY_RESULT_FIELDS = { ownerId: "owner", kpiId: "kpi", scopeTeamId: "scopeTeam" };

/** A number as the English key result form reads it: no exponent, no grouping. */
const numberText = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });

type Refs = { team?: string | null; owner?: string | null; kpi?: string | null; scopeTeam?: string | null };

/**
 * Parse a body. When its shape is invalid, the reference fields that are valid strings are looked
 * up too, so that one response lists both the shape problems and the unknown keys.
 */
async function parse<T>(db: Kysely<Database>, schema: z.ZodType<T>, body: unknown, refFields: (keyof Refs)[]): Promise<T> {
  const parsed = schema.safeParse(body, { reportInput: true });
  if (parsed.success) return parsed.data;

  const issues = issuesFromZod(parsed.error);
  const fields = body !== null && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const refs: Refs = {};
  for (const field of refFields) {
    const value = fields[field];
    if (typeof value === "string" && !issues.some((issue) => issue.field === field)) refs[field] = value;
  }
  throw invalidRequest([...issues, ...(await findRefs(db, refs)).issues]);
}

function rejectWrite(result: WriteResult | null, rename: Record<string, string>, body: Record<string, unknown>): number {
  // Null: the row was archived between the check and the write.
  if (result === null) throw new ApiError(404, "not_found", { what: "objective", value: "" });
  if (result.ok) return result.id;

  // A closed quarter is a rule of the whole request, not of a field, so it gets its own error code.
  const closed = result.errors.form?.code === "closed_quarter" ? result.errors.form.params?.quarter : undefined;
  if (closed !== undefined) throw new ApiError(422, "closed_quarter", { quarter: closed });
  throw invalidRequest(issuesFromFieldErrors(result.errors, rename, body));
}

async function requireEditable(db: Kysely<Database>, actor: Actor, teamId: number): Promise<void> {
  if (!(await canEditTeam(db, actor, teamId))) throw new ApiError(403, "forbidden_team", { team: teamId });
}

/** Look up ids by key and email; an unknown one becomes an issue on its field. */
async function resolveRefs(db: Kysely<Database>, refs: Refs) {
  const { ids, issues } = await findRefs(db, refs);
  if (issues.length > 0) throw invalidRequest(issues);
  return ids;
}

async function findRefs(db: Kysely<Database>, refs: Refs) {
  const issues: ApiIssue[] = [];
  const ids: Record<string, number | null> = {};
  const find = async (field: keyof typeof refs, table: "teams" | "people" | "kpis", column: "key" | "email", code: string) => {
    const value = refs[field];
    if (value === undefined || value === null || value === "") {
      ids[field] = null;
      return;
    }
    const row = await db.selectFrom(table).select("id").where(column, "=", value.trim().toLowerCase()).executeTakeFirst();
    if (!row) issues.push({ field, code, value });
    ids[field] = row?.id ?? null;
  };
  await find("team", "teams", "key", "unknown_team");
  await find("owner", "people", "email", "unknown_person");
  await find("kpi", "kpis", "key", "unknown_kpi");
  await find("scopeTeam", "teams", "key", "unknown_team");
  return { ids, issues };
}

function objectiveValues(fields: ObjectiveFields, ids: Record<string, number | null>): Record<string, string> {
  return {
    title: fields.title,
    description: fields.description,
    period: fields.period,
    teamId: ids.team === null ? "" : String(ids.team),
    ownerId: ids.owner === null ? "" : String(ids.owner),
    parentId: fields.parentId === null ? "" : String(fields.parentId),
    status: fields.status,
  };
}

/** Save an objective; oldPeriod is the period before an update, whose scores are refreshed too. */
async function saveObjective(db: Kysely<Database>, actor: Actor, fields: ObjectiveFields, id: number | null, now: Date, oldPeriod?: string) {
  const ids = await resolveRefs(db, { team: fields.team, owner: fields.owner });
  const form = parseObjectiveForm(objectiveValues(fields, ids));
  if (!form.ok) throw invalidRequest(issuesFromFieldErrors(form.errors, OBJECTIVE_FIELDS, fields));
  await requireEditable(db, actor, form.input.teamId);

  const result = id === null ? await createObjective(db, actor, form.input, now) : await updateObjective(db, actor, id, form.input, now);
  const savedId = rejectWrite(result, OBJECTIVE_FIELDS, fields);
  await refreshScoresAfterApiWrite(db, now, [form.input.period, oldPeriod ?? form.input.period], { objectiveId: savedId });
  return savedId;
}

/** Create an objective for a team the actor may edit; returns it. */
export async function createApiObjective(db: Kysely<Database>, actor: Actor, body: unknown, now: Date): Promise<ObjectiveBody> {
  const input = await parse(db, objectiveCreateSchema, body, ["team", "owner"]);
  const fields: ObjectiveFields = { description: "", owner: null, parentId: null, status: "draft", ...input };
  return getApiObjective(db, await saveObjective(db, actor, fields, null, now));
}

/** Change the given fields of an objective; the actor must be allowed to edit its team before and after. */
export async function updateApiObjective(db: Kysely<Database>, actor: Actor, id: number, body: unknown, now: Date): Promise<ObjectiveBody> {
  const input = await parse(db, objectiveUpdateSchema, body, ["team", "owner"]);
  const current = await getApiObjective(db, id);
  const old = await getObjective(db, id);
  await requireEditable(db, actor, old!.team_id);

  const { id: _id, keyResults: _keyResults, ...fields } = current;
  await saveObjective(db, actor, { ...fields, ...input } as ObjectiveFields, id, now, old!.period);
  return getApiObjective(db, id);
}

/** List objectives that are not archived, optionally of one period and one team. */
export async function listApiObjectives(db: Kysely<Database>, url: URL): Promise<{ objectives: ObjectiveBody[] }> {
  const period = url.searchParams.get("period");
  const team = url.searchParams.get("team");
  let query = db.selectFrom("objectives").innerJoin("teams", "teams.id", "objectives.team_id").selectAll("objectives").where("archived_at", "is", null);
  if (period) query = query.where("objectives.period", "=", period);
  if (team) query = query.where("teams.key", "=", team.trim().toLowerCase());
  const rows = await query.orderBy("objectives.period").orderBy("objectives.id").execute();
  const names = await referenceNames(db);
  return { objectives: await Promise.all(rows.map(async (row) => objectiveBody(row, await keyResultsOf(db, row.id), names))) };
}

export async function getApiObjective(db: Kysely<Database>, id: number): Promise<ObjectiveBody> {
  const objective = await getObjective(db, id);
  if (!objective) throw notFoundError("objective", id);
  return objectiveBody(objective, await keyResultsOf(db, id), await referenceNames(db));
}

async function keyResultsOf(db: Kysely<Database>, objectiveId: number): Promise<KeyResult[]> {
  return db.selectFrom("key_results").selectAll().where("objective_id", "=", objectiveId).where("archived_at", "is", null).orderBy("id").execute();
}

type Names = Awaited<ReturnType<typeof referenceNames>>;

/** Load team and KPI keys and people's emails by id, so that responses name keys instead of ids. */
async function referenceNames(db: Kysely<Database>) {
  const [teams, people, kpis] = await Promise.all([
    db.selectFrom("teams").select(["id", "key"]).execute(),
    db.selectFrom("people").select(["id", "email"]).execute(),
    db.selectFrom("kpis").select(["id", "key"]).execute(),
  ]);
  return {
    team: new Map(teams.map((row) => [row.id, row.key])),
    person: new Map(people.map((row) => [row.id, row.email])),
    kpi: new Map(kpis.map((row) => [row.id, row.key])),
  };
}

function objectiveBody(row: Objective, keyResults: KeyResult[], names: Names): ObjectiveBody {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    period: row.period,
    team: names.team.get(row.team_id) ?? "",
    owner: row.owner_id === null ? null : (names.person.get(row.owner_id) ?? null),
    parentId: row.parent_id,
    status: row.status,
    keyResults: keyResults.map((kr) => keyResultBody(kr, names)),
  };
}

function keyResultBody(row: KeyResult, names: Names): KeyResultBody {
  return {
    id: row.id,
    objectiveId: row.objective_id,
    title: row.title,
    owner: row.owner_id === null ? null : (names.person.get(row.owner_id) ?? null),
    weight: row.weight,
    kind: row.kind,
    kpi: row.kpi_id === null ? null : (names.kpi.get(row.kpi_id) ?? null),
    scopeTeam: row.scope_team_id === null ? null : (names.team.get(row.scope_team_id) ?? null),
    windowKind: row.window_kind,
    windowLength: row.window_length,
    baseline: row.baseline,
    target: row.target,
    grade: row.grade,
    params: JSON.parse(row.kpi_params) as Record<string, number>,
  };
}

function keyResultValues(fields: KeyResultFields, ids: Record<string, number | null>): Record<string, string> {
  const values: Record<string, string> = {
    title: fields.title,
    ownerId: ids.owner === null ? "" : String(ids.owner),
    weight: numberText(fields.weight),
    kind: fields.kind,
    kpiId: ids.kpi === null ? "" : String(ids.kpi),
    scopeTeamId: ids.scopeTeam === null ? "" : String(ids.scopeTeam),
    windowKind: fields.windowKind,
    windowLength: numberText(fields.windowLength),
    baseline: numberText(fields.baseline),
    target: numberText(fields.target),
    grade: numberText(fields.grade),
  };
  if (ids.kpi !== null) {
    for (const [key, value] of Object.entries(fields.params)) values[paramFieldName(ids.kpi, key)] = numberText(value);
  }
  return values;
}

async function saveKeyResult(db: Kysely<Database>, actor: Actor, objective: Objective, fields: KeyResultFields, id: number | null, now: Date) {
  await requireEditable(db, actor, objective.team_id);
  const ids = await resolveRefs(db, { owner: fields.owner, kpi: fields.kpi, scopeTeam: fields.scopeTeam });
  const form = parseKeyResultForm(keyResultValues(fields, ids), "en");
  if (!form.ok) throw invalidRequest(issuesFromFieldErrors(form.errors, KEY_RESULT_FIELDS, fields));

  const result =
    id === null ? await createKeyResult(db, actor, objective.id, form.input, now) : await updateKeyResult(db, actor, id, form.input, now);
  const savedId = rejectWrite(result, KEY_RESULT_FIELDS, fields);
  await refreshScoresAfterApiWrite(db, now, [objective.period], { keyResultId: savedId });
  return savedId;
}

/** Create a key result under an objective of a team the actor may edit; returns it. */
export async function createApiKeyResult(db: Kysely<Database>, actor: Actor, body: unknown, now: Date): Promise<KeyResultBody> {
  const { objectiveId, ...input } = await parse(db, keyResultCreateSchema, body, ["owner", "kpi", "scopeTeam"]);
  const objective = await getObjective(db, objectiveId);
  if (!objective) throw invalidRequest([{ field: "objectiveId", code: "unknown_objective", value: objectiveId }]);

  const defaults = { owner: null, weight: 1, kpi: null, scopeTeam: null, windowKind: "quarter", windowLength: null, baseline: null, target: null, grade: null, params: {} } as const;
  const fields: KeyResultFields = { ...defaults, ...input };
  return getApiKeyResult(db, await saveKeyResult(db, actor, objective, fields, null, now));
}

/** Change the given fields of a key result of a team the actor may edit. */
export async function updateApiKeyResult(db: Kysely<Database>, actor: Actor, id: number, body: unknown, now: Date): Promise<KeyResultBody> {
  const input = await parse(db, keyResultUpdateSchema, body, ["owner", "kpi", "scopeTeam"]);
  const { id: _id, objectiveId, ...current } = await getApiKeyResult(db, id);
  const objective = await getObjective(db, objectiveId);
  if (!objective) throw notFoundError("key_result", id);

  await saveKeyResult(db, actor, objective, { ...current, ...input } as KeyResultFields, id, now);
  return getApiKeyResult(db, id);
}

export async function getApiKeyResult(db: Kysely<Database>, id: number): Promise<KeyResultBody> {
  const row = await getKeyResult(db, id);
  if (!row) throw notFoundError("key_result", id);
  return keyResultBody(row, await referenceNames(db));
}

