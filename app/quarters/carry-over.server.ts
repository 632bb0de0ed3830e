import type { Kysely } from "kysely";
import type { Database, KeyResult, Objective } from "../../db/schema";
import { type DateWindow, nextQuarter, quarterWindow } from "../kpi/calendar";
import { listKpis } from "../kpi/catalog.server";
import { toDisplayUnit } from "../kpi/evaluate";
import { loadKpiEvaluator } from "../kpi/evaluate.server";
import { inTransaction, recordAudit } from "../okr/audit.server";
import { kpiParameters } from "../okr/key-result-evaluation";
import { coveringWindow, keyResultWindow } from "../okr/key-result-window";
import { getSettings } from "../okr/settings.server";
import type { Actor } from "../people/actor.server";
import { ledTeamIds } from "../people/permissions.server";
import { isQuarterClosed } from "./closed-quarters.server";

export interface CarryOverKeyResult {
  id: number;
  title: string;
  kind: KeyResult["kind"];
  unit: string | null;
  baseline: number | null;
  target: number | null;
  /** The KPI's value for the key result's team and window as of the quarter's last day; null without one. */
  endValue: number | null;
}

export interface CarryOverObjective {
  id: number;
  title: string;
  teamId: number;
  /** Id of the copy already made in the next quarter, or null. */
  copiedTo: number | null;
  keyResults: CarryOverKeyResult[];
}

export type CarryOverError =
  | { code: "closed"; quarter: string }
  | { code: "nothing_chosen" }
  | { code: "unknown_objective"; id: number; quarter: string };

export type CarryOverResult = { ok: true; next: string; objectiveIds: number[] } | { ok: false; error: CarryOverError };

/**
 * List the objectives of a quarter that the actor may carry over (admins all, leads those of the
 * teams they lead and their subteams), with each key result's KPI value at the quarter's end.
 */
export async function listCarryOverChoices(db: Kysely<Database>, actor: Actor, quarter: string): Promise<CarryOverObjective[]> {
  const { fiscalStartMonth } = await getSettings(db);
  const window = quarterWindow(quarter, fiscalStartMonth);
  if (!window) return [];

  const teams = await ledTeamIds(db, actor);
  const objectives = (await activeObjectives(db, quarter)).filter((o) => teams.has(o.team_id));
  if (objectives.length === 0) return [];

  const keyResults = await db
    .selectFrom("key_results")
    .selectAll()
    .where("objective_id", "in", objectives.map((o) => o.id))
    .where("archived_at", "is", null)
    .orderBy("id")
    .execute();
  const endValues = await kpiValuesAtEnd(db, keyResults, objectives, window);
  const units = new Map((await listKpis(db)).map((kpi) => [kpi.id, kpi.unit]));
  const copies = await db
    .selectFrom("objectives")
    .select(["id", "carried_from_id"])
    .where("period", "=", nextQuarter(quarter))
    .where("archived_at", "is", null)
    .where("carried_from_id", "in", objectives.map((o) => o.id))
    .execute();

  return objectives.map((o) => ({
    id: o.id,
    title: o.title,
    teamId: o.team_id,
    copiedTo: copies.find((c) => c.carried_from_id === o.id)?.id ?? null,
    keyResults: keyResults
      .filter((kr) => kr.objective_id === o.id)
      .map((kr) => ({
        id: kr.id,
        title: kr.title,
        kind: kr.kind,
        unit: kr.kpi_id === null ? null : (units.get(kr.kpi_id) ?? null),
        baseline: kr.baseline,
        target: kr.target,
        endValue: endValues.get(kr.id) ?? null,
      })),
  }));
}

/**
 * Copy the chosen objectives, with their chosen key results, into the next quarter as drafts. A KPI
 * key result's baseline becomes its KPI value at the end of this quarter; without a value it keeps
 * the old baseline. Targets, weights, owners, KPIs and windows stay; milestones start ungraded.
 * Objectives the actor may not edit are rejected as unknown. Every copy gets an audit entry.
 */
export async function carryOver(
  db: Kysely<Database>,
  actor: Actor,
  quarter: string,
  chosen: { objectiveIds: number[]; keyResultIds: number[] },
  now: Date,
): Promise<CarryOverResult> {
  const next = nextQuarter(quarter);
  if (await isQuarterClosed(db, next)) return { ok: false, error: { code: "closed", quarter: next } };
  if (chosen.objectiveIds.length === 0) return { ok: false, error: { code: "nothing_chosen" } };

  const choices = await listCarryOverChoices(db, actor, quarter);
  for (const id of chosen.objectiveIds) {
    if (!choices.some((c) => c.id === id)) return { ok: false, error: { code: "unknown_objective", id, quarter } };
  }

  const chosenKeyResults = new Set(chosen.keyResultIds);
  return inTransaction(db, async (trx): Promise<CarryOverResult> => {
    const created: number[] = [];
    const copyOf = new Map<number, number>();
    const objectives = await activeObjectives(trx, quarter);
    for (const choice of choices.filter((c) => chosen.objectiveIds.includes(c.id))) {
      const source = objectives.find((o) => o.id === choice.id);
      if (!source) continue;
      const row = await trx
        .insertInto("objectives")
        .values({
          title: source.title,
          description: source.description,
          period: next,
          team_id: source.team_id,
          owner_id: source.owner_id,
          parent_id: await carriedParent(trx, source, next, copyOf),
          status: "draft",
          archived_at: null,
          carried_from_id: source.id,
          updated_at: now.toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      copyOf.set(source.id, row.id);
      created.push(row.id);
      await recordAudit(trx, actor, { entity: "objective", entityId: row.id, action: "create", oldValue: null, newValue: row }, now);

      for (const kr of choice.keyResults.filter((k) => chosenKeyResults.has(k.id))) {
        await copyKeyResult(trx, actor, kr, row.id, now);
      }
    }
    return { ok: true, next, objectiveIds: created };
  });
}

async function copyKeyResult(db: Kysely<Database>, actor: Actor, kr: CarryOverKeyResult, objectiveId: number, now: Date) {
  const source = await db.selectFrom("key_results").selectAll().where("id", "=", kr.id).executeTakeFirstOrThrow();
  // NOTE: a new baseline equal to the target (or past it) gives a key result that the form rejects.
  // The copy is a draft, and saving it fails until its target changes.
  const baseline = source.kind === "milestone" ? null : (kr.endValue ?? source.baseline);
  const { id: _id, created_at: _created, ...columns } = source;
  const row = await db
    .insertInto("key_results")
    .values({
      ...columns,
      objective_id: objectiveId,
      baseline,
      grade: source.kind === "milestone" ? 0 : null,
      archived_at: null,
      carried_from_id: source.id,
      updated_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(db, actor, { entity: "key_result", entityId: row.id, action: "create", oldValue: null, newValue: row }, now);
}

/**
 * Find the parent of a copy: the copy of its parent when that was carried over in the same run, the
 * same parent when it is a year objective that also encloses the next quarter, else none.
 */
async function carriedParent(db: Kysely<Database>, source: Objective, next: string, copyOf: Map<number, number>): Promise<number | null> {
  if (source.parent_id === null) return null;
  const copied = copyOf.get(source.parent_id);
  if (copied !== undefined) return copied;
  const parent = await db.selectFrom("objectives").select("period").where("id", "=", source.parent_id).executeTakeFirst();
  return parent && parent.period === next.slice(0, 4) ? source.parent_id : null;
}

async function activeObjectives(db: Kysely<Database>, quarter: string): Promise<Objective[]> {
  return db.selectFrom("objectives").selectAll().where("period", "=", quarter).where("archived_at", "is", null).orderBy("id").execute();
}

/**
 * Evaluate each KPI key result's KPI for its team over its window as of the quarter's last day,
 * in the KPI's display unit and rounded to 4 decimals, by key result id.
 */
async function kpiValuesAtEnd(
  db: Kysely<Database>,
  keyResults: KeyResult[],
  objectives: Objective[],
  window: DateWindow,
): Promise<Map<number, number>> {
  const kpis = new Map((await listKpis(db)).map((kpi) => [kpi.id, kpi]));
  const planned = keyResults
    .filter((kr) => kr.kind !== "milestone" && kr.kpi_id !== null && kpis.has(kr.kpi_id))
    .map((kr) => ({
      kr,
      kpi: kpis.get(kr.kpi_id as number)!,
      teamId: kr.scope_team_id ?? objectives.find((o) => o.id === kr.objective_id)!.team_id,
      window: keyResultWindow({ windowKind: kr.window_kind, windowLength: kr.window_length }, window, window.end)!,
    }));
  const values = new Map<number, number>();
  const range = coveringWindow(planned.map((p) => p.window));
  if (!range) return values;

  const evaluator = await loadKpiEvaluator(db, range);
  for (const p of planned) {
    const result = evaluator.evaluate(p.kpi, p.teamId, p.window, kpiParameters(p.kpi, p.kr.kpi_params));
    // Rounded to 4 decimals, so that 56.666666…% is stored as 56.6667.
    if (result.value !== null) values.set(p.kr.id, Math.round(toDisplayUnit(result.value, p.kpi.unit) * 1e4) / 1e4);
  }
  return values;
}
