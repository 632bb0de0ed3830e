import type { Kysely } from "kysely";
import type { Database, Objective } from "../../db/schema";
import { type DateWindow, type IsoDate, isQuarter, periodWindow, quarterWindow } from "../kpi/calendar";
import { getKpiById, listKpis } from "../kpi/catalog.server";
import { loadKpiEvaluator } from "../kpi/evaluate.server";
import type { KpiDefinition, KpiEvaluator } from "../kpi/types";
import { loadFrozenScores } from "../quarters/frozen-scores.server";
import {
  evaluateKeyResult,
  type KeyResultEvaluation,
  type KeyResultRow,
  keyResultColumns,
  kpiParameters,
} from "./key-result-evaluation";
import { asOfFor, coveringWindow, emptyWindow, keyResultWindow, weekEndsUpTo } from "./key-result-window";
import { countsTowardScores, rollUpQuarter } from "./quarter-rollup";
import { scoreColour, weightedScore } from "./scoring";
import { getSettings } from "./settings.server";
import type { KeyResultScore, KeyResultSeries, ObjectiveScore, QuarterScores } from "./types";

type ObjectiveRow = Pick<Objective, "id" | "title" | "period" | "team_id" | "parent_id" | "owner_id" | "status">;

/**
 * Score every objective of a quarter that is not archived, with its key results that are not
 * archived, as of today (at most the quarter's last day). All KPIs are evaluated from one
 * evaluator loaded for the whole quarter. A key result whose score was frozen when the quarter
 * closed keeps that value, progress and score. Throws on a quarter that is not of the form 2026-Q4.
 */
export async function scoreQuarter(
  db: Kysely<Database>,
  options: { quarter: string; today: IsoDate },
): Promise<QuarterScores> {
  const settings = await getSettings(db);
  const window = quarterWindow(options.quarter, settings.fiscalStartMonth);
  if (!window) throw new Error(`Invalid quarter "${options.quarter}": expected a form like 2026-Q4`);
  const asOf = asOfFor(window, options.today);

  const teams = await db.selectFrom("teams").select(["id", "key", "name", "parent_id"]).orderBy("id").execute();
  // NOTE: year objectives ("2026") have no quarter, so no quarter's scores include them.
  const objectives = await db
    .selectFrom("objectives")
    .select(["id", "title", "period", "team_id", "parent_id", "owner_id", "status"])
    .where("period", "=", options.quarter)
    .where("archived_at", "is", null)
    .orderBy("id")
    .execute();
  const keyResults = await db
    .selectFrom("key_results")
    .innerJoin("objectives", "objectives.id", "key_results.objective_id")
    .select(keyResultColumns.map((column) => `key_results.${column}` as const))
    .select("objectives.team_id as objective_team_id")
    .where("objectives.period", "=", options.quarter)
    .where("objectives.archived_at", "is", null)
    .where("key_results.archived_at", "is", null)
    .orderBy("key_results.id")
    .execute();
  const kpis = new Map<number, KpiDefinition>((await listKpis(db)).map((kpi) => [kpi.id, kpi]));

  const planned = keyResults.map((kr) => ({
    kr,
    kpi: kr.kpi_id === null ? null : (kpis.get(kr.kpi_id) ?? null),
    teamId: kr.scope_team_id ?? kr.objective_team_id,
    window: keyResultWindow({ windowKind: kr.window_kind, windowLength: kr.window_length }, window, asOf),
  }));
  const evaluator = await loadEvaluatorFor(
    db,
    planned.filter((p) => p.kr.kind !== "milestone" && p.kpi !== null).map((p) => p.window),
  );

  const frozen = asOf === window.end ? await loadFrozenScores(db, keyResults.map((kr) => kr.id), asOf) : new Map();

  const byObjective = new Map<number, KeyResultScore[]>();
  for (const p of planned) {
    const evaluation = { ...evaluateKeyResult(p.kr, p.kpi, evaluator, p.teamId, p.window), ...frozen.get(p.kr.id) };
    const score: KeyResultScore = {
      ...describeKeyResult(p.kr, p.kpi, p.teamId, p.window ?? emptyWindow(window)),
      ...evaluation,
      colour: scoreColour(evaluation.score, settings.successNorm),
    };
    const list = byObjective.get(p.kr.objective_id) ?? [];
    list.push(score);
    byObjective.set(p.kr.objective_id, list);
  }

  const objectiveScores = objectives.map((o) => toObjectiveScore(o, byObjective.get(o.id) ?? [], settings.successNorm));
  const teamNodes = teams.map((t) => ({ id: t.id, key: t.key, name: t.name, parentId: t.parent_id }));
  const rollup = rollUpQuarter(teamNodes, objectiveScores, settings.successNorm);
  return {
    quarter: options.quarter,
    window,
    asOf,
    norm: settings.successNorm,
    company: rollup.company,
    teams: rollup.teams,
    objectives: objectiveScores,
  };
}

/**
 * Compute a key result's value and score as of the end of each ISO week (Sunday) of its period
 * up to asOf, and as of asOf itself, each over the key result's window as of that day. A point
 * without a value scores 0, as in the quarter's score. Returns null for an unknown key result.
 */
export async function keyResultSeries(
  db: Kysely<Database>,
  keyResultId: number,
  options: { today: IsoDate },
): Promise<KeyResultSeries | null> {
  const kr = await db
    .selectFrom("key_results")
    .innerJoin("objectives", "objectives.id", "key_results.objective_id")
    .select(keyResultColumns.map((column) => `key_results.${column}` as const))
    .select(["objectives.period", "objectives.team_id as objective_team_id"])
    .where("key_results.id", "=", keyResultId)
    .executeTakeFirst();
  if (!kr) return null;

  const settings = await getSettings(db);
  const period = periodWindow(kr.period, settings.fiscalStartMonth);
  const kpi = kr.kpi_id === null ? null : await getKpiById(db, kr.kpi_id);
  const series: KeyResultSeries = {
    keyResultId,
    unit: kr.kind === "milestone" ? null : (kpi?.unit ?? null),
    baseline: kr.baseline,
    target: kr.target,
    points: [],
  };
  if (!period) return series;

  const asOf = asOfFor(period, options.today);
  let days = weekEndsUpTo(period, asOf);
  // NOTE: a milestone's grade has no history here, so its series is the current grade as of asOf.
  if (kr.kind === "milestone") days = days.slice(-1);
  const rule = { windowKind: kr.window_kind, windowLength: kr.window_length };
  const windows = days.map((day) => keyResultWindow(rule, period, day));
  const evaluator = kpi && kr.kind !== "milestone" ? await loadEvaluatorFor(db, windows) : null;

  const teamId = kr.scope_team_id ?? kr.objective_team_id;
  const frozen = asOf === period.end ? await loadFrozenScores(db, [keyResultId], asOf) : new Map();
  series.points = days.map((date, i) => {
    const evaluation = { ...evaluateKeyResult(kr, kpi, evaluator, teamId, windows[i]), ...(date === asOf ? frozen.get(keyResultId) : undefined) };
    // Without a value a key result scores 0, on the chart as in the quarter's score.
    return { date, value: evaluation.value, score: evaluation.score };
  });
  return series;
}

/**
 * Upsert one score snapshot per counted key result for the scores' asOf day: a row of the same
 * day is replaced, a frozen row is left as it is. Nothing is recorded for a quarter that has not
 * started. Returns the number of rows inserted or replaced.
 */
export async function recordScoreSnapshots(
  db: Kysely<Database>,
  scores: QuarterScores,
  computedAt: Date,
): Promise<number> {
  if (scores.asOf < scores.window.start) return 0;

  const rows = scores.objectives
    .filter((objective) => countsTowardScores(objective.status))
    .flatMap((objective) => objective.keyResults)
    .map((kr) => ({
      key_result_id: kr.keyResultId,
      as_of: scores.asOf,
      value: kr.value,
      progress: kr.progress,
      score: kr.score,
      frozen: 0,
      computed_at: computedAt.toISOString(),
    }));

  let written = 0;
  // 500 rows of 7 columns stay well under SQLite's limit of 32,766 bound parameters.
  for (let i = 0; i < rows.length; i += 500) {
    const result = await db
      .insertInto("score_snapshots")
      .values(rows.slice(i, i + 500))
      .onConflict((conflict) =>
        conflict
          .columns(["key_result_id", "as_of"])
          .doUpdateSet((eb) => ({
            value: eb.ref("excluded.value"),
            progress: eb.ref("excluded.progress"),
            score: eb.ref("excluded.score"),
            computed_at: eb.ref("excluded.computed_at"),
          }))
          .where("score_snapshots.frozen", "=", 0),
      )
      .executeTakeFirst();
    written += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return written;
}

/**
 * Recompute and record the scores of the given quarters, or of every quarter that has objectives
 * that are not archived. Call it after snapshots or key results change. The rows carry `now` as
 * their computed_at, or the current time when it is not given.
 */
export async function refreshScores(
  db: Kysely<Database>,
  options: { today: IsoDate; quarters?: string[]; now?: Date },
): Promise<{ quarter: string; recorded: number }[]> {
  const quarters = options.quarters ?? (await quartersWithObjectives(db));
  const computedAt = options.now ?? new Date();
  const recorded: { quarter: string; recorded: number }[] = [];
  for (const quarter of quarters) {
    const scores = await scoreQuarter(db, { quarter, today: options.today });
    recorded.push({ quarter, recorded: await recordScoreSnapshots(db, scores, computedAt) });
  }
  return recorded;
}

async function quartersWithObjectives(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom("objectives")
    .select("period")
    .distinct()
    .where("archived_at", "is", null)
    .orderBy("period")
    .execute();
  return rows.map((row) => row.period).filter(isQuarter);
}

/** Load one evaluator that covers every window, or return null when no key result has a window yet. */
async function loadEvaluatorFor(db: Kysely<Database>, windows: (DateWindow | null)[]): Promise<KpiEvaluator | null> {
  const range = coveringWindow(windows.filter((w): w is DateWindow => w !== null));
  return range ? loadKpiEvaluator(db, range) : null;
}

function describeKeyResult(
  kr: KeyResultRow,
  kpi: KpiDefinition | null,
  teamId: number,
  window: DateWindow,
): Omit<KeyResultScore, keyof KeyResultEvaluation | "colour"> {
  const isMilestone = kr.kind === "milestone";
  return {
    keyResultId: kr.id,
    objectiveId: kr.objective_id,
    title: kr.title,
    kind: kr.kind,
    weight: kr.weight,
    ownerId: kr.owner_id,
    kpiId: isMilestone ? null : kr.kpi_id,
    kpiKey: isMilestone ? null : (kpi?.key ?? null),
    unit: isMilestone ? null : (kpi?.unit ?? null),
    teamId,
    windowKind: kr.window_kind,
    window,
    baseline: kr.baseline,
    target: kr.target,
    params: !isMilestone && kpi ? kpiParameters(kpi, kr.kpi_params) : {},
  };
}

function toObjectiveScore(objective: ObjectiveRow, keyResults: KeyResultScore[], norm: number): ObjectiveScore {
  const score = weightedScore(keyResults);
  return {
    objectiveId: objective.id,
    title: objective.title,
    period: objective.period,
    teamId: objective.team_id,
    parentId: objective.parent_id,
    ownerId: objective.owner_id,
    status: objective.status,
    score,
    colour: score === null ? null : scoreColour(score, norm),
    keyResults,
  };
}
