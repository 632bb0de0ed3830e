import type { Kysely } from "kysely";
import type { Database, Objective } from "../../db/schema";
import { type IsoDate, isQuarter } from "../kpi/calendar";
import { keyResultChartData } from "../kpi/chart-data";
import { listKpiSummaries, listMetricSummaries } from "../kpi/kpi-report.server";
import { getKeyResult } from "./key-results.server";
import { getObjective } from "./objectives.server";
import type { KeyResultReport, KpiSummary, ObjectiveLink, ObjectiveReport } from "./report-types";
import { personNamesById, teamNamesById } from "./reports.server";
import { cachedScoreQuarter } from "./score-cache.server";
import { keyResultSeries } from "./scores.server";
import { NO_OUTLOOK, loadPageOutlook } from "./page-outlook.server";
import { expectedScoreLine } from "./pace";
import { getSettings } from "./settings.server";
import type { QuarterScores } from "./types";

const toLink = (o: Pick<Objective, "id" | "title" | "period" | "status">): ObjectiveLink => ({
  id: o.id,
  title: o.title,
  period: o.period,
  status: o.status,
});

/**
 * Score the quarter an objective belongs to.
 * TODO(okr): year objectives ("2026") are not scored yet, so their pages show no scores.
 */
async function scoresOfPeriod(db: Kysely<Database>, period: string, today: IsoDate): Promise<QuarterScores | null> {
  return isQuarter(period) ? cachedScoreQuarter(db, { quarter: period, today }) : null;
}

/**
 * Load the objective page: the objective, its alignment, its scored key results and what they are
 * computed from. Returns null for an unknown or archived objective.
 */
export async function loadObjectiveReport(
  db: Kysely<Database>,
  objectiveId: number,
  today: IsoDate,
): Promise<ObjectiveReport | null> {
  const objective = await getObjective(db, objectiveId);
  if (!objective) return null;

  const parent = objective.parent_id === null ? null : await getObjective(db, objective.parent_id);
  const children = await db
    .selectFrom("objectives")
    .select(["id", "title", "period", "status"])
    .where("parent_id", "=", objectiveId)
    .where("archived_at", "is", null)
    .orderBy("period")
    .orderBy("id")
    .execute();
  const scores = await scoresOfPeriod(db, objective.period, today);
  const score = scores?.objectives.find((o) => o.objectiveId === objectiveId) ?? null;
  const settings = await getSettings(db);
  const kpis = await listKpiSummaries(db);

  return {
    objective: {
      ...toLink(objective),
      description: objective.description,
      teamId: objective.team_id,
      ownerId: objective.owner_id,
    },
    parent: parent ? toLink(parent) : null,
    children: children.map(toLink),
    score,
    asOf: scores?.asOf ?? null,
    norm: scores?.norm ?? settings.successNorm,
    fiscalStartMonth: settings.fiscalStartMonth,
    kpis: Object.fromEntries(kpis.map((kpi) => [kpi.id, kpi])),
    metrics: Object.fromEntries((await listMetricSummaries(db)).map((metric) => [metric.key, metric])),
    teamNames: await teamNamesById(db),
    ownerNames: await personNamesById(db),
    generatedData: settings.generatedDataTeamIds.includes(objective.team_id),
    outlook: scores ? await loadPageOutlook(db, scores, today, score ? score.keyResults.map((kr) => kr.keyResultId) : []) : NO_OUTLOOK,
  };
}

/**
 * Load the key result page: its score and inputs as of today and its weekly values for the chart.
 * Returns null for an unknown or archived key result, or one under an archived objective.
 */
export async function loadKeyResultReport(
  db: Kysely<Database>,
  keyResultId: number,
  today: IsoDate,
): Promise<KeyResultReport | null> {
  const keyResult = await getKeyResult(db, keyResultId);
  if (!keyResult) return null;
  const objective = await getObjective(db, keyResult.objective_id);
  if (!objective) return null;

  const scores = await scoresOfPeriod(db, objective.period, today);
  const score = scores?.objectives.flatMap((o) => o.keyResults).find((kr) => kr.keyResultId === keyResultId) ?? null;
  const settings = await getSettings(db);
  const norm = scores?.norm ?? settings.successNorm;
  const series = await keyResultSeries(db, keyResultId, { today });
  const kpis = await listKpiSummaries(db);
  const kpi: KpiSummary | null = kpis.find((k) => k.id === keyResult.kpi_id) ?? null;

  return {
    keyResult: {
      id: keyResult.id,
      title: keyResult.title,
      kind: keyResult.kind,
      weight: keyResult.weight,
      ownerId: keyResult.owner_id,
    },
    objective: { ...toLink(objective), teamId: objective.team_id },
    score,
    asOf: scores?.asOf ?? null,
    norm,
    fiscalStartMonth: settings.fiscalStartMonth,
    kpi: keyResult.kind === "milestone" ? null : kpi,
    metrics: Object.fromEntries((await listMetricSummaries(db)).map((metric) => [metric.key, metric])),
    teamNames: await teamNamesById(db),
    ownerNames: await personNamesById(db),
    generatedData: settings.generatedDataTeamIds.includes(keyResult.scope_team_id ?? objective.team_id),
    points: series?.points ?? [],
    chart: keyResultChartData(
      series ?? { keyResultId, unit: kpi?.unit ?? null, baseline: null, target: null, points: [] },
      norm,
      scores ? expectedScoreLine(scores.window, (series?.points ?? []).map((p) => p.date), norm) : [],
    ),
    outlook: scores ? await loadPageOutlook(db, scores, today, [keyResultId]) : NO_OUTLOOK,
  };
}
