import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema";
import type { Language } from "../i18n/language";
import { isQuarter } from "../kpi/calendar";
import { getKpiByKey } from "../kpi/catalog.server";
import { checkKpiRange, MAX_KPI_RANGE_DAYS } from "../kpi/chart-data";
import { describeNoValue } from "../kpi/no-value";
import { kpiSeries } from "../kpi/series.server";
import type { NoValueReason } from "../kpi/types";
import { cachedScoreQuarter } from "../okr/score-cache.server";
import { companyToday, getSettings } from "../okr/settings.server";
import { isQuarterClosed } from "../quarters/closed-quarters.server";
import { invalidRequest, notFoundError } from "./errors";
import { type kpiValuesSchema, kpiValuesQuerySchema, type quarterScoresSchema } from "./schemas";
import { issuesFromZod } from "./validation";

// Survey-fed KPIs (mood index, eNPS) need no check here: the survey writes snapshots only for the
// teams and periods its privacy rules show (app/surveys/snapshots.server.ts), so no value below the
// threshold exists to be read.

/** Read ?team=&from=&to=&interval= with team repeatable; an unknown parameter is rejected. */
export function parseKpiValuesQuery(url: URL) {
  const query: Record<string, unknown> = {};
  for (const name of new Set(url.searchParams.keys())) {
    query[name] = name === "team" ? url.searchParams.getAll(name) : url.searchParams.get(name);
  }
  const parsed = kpiValuesQuerySchema.safeParse(query, { reportInput: true });
  if (!parsed.success) throw invalidRequest(issuesFromZod(parsed.error));
  return parsed.data;
}

/** Compute a KPI's value per interval for each team asked for (the company by default). */
export async function kpiValues(
  db: Kysely<Database>,
  kpiKey: string,
  url: URL,
  language: Language,
): Promise<z.input<typeof kpiValuesSchema>> {
  const kpi = await getKpiByKey(db, kpiKey);
  if (!kpi) throw notFoundError("kpi", kpiKey);
  const query = parseKpiValuesQuery(url);

  const problem = checkKpiRange({ start: query.from, end: query.to });
  if (problem) throw invalidRequest([{ field: "to", code: problem, value: query.to, params: { from: query.from, max: MAX_KPI_RANGE_DAYS } }]);

  const teams = await db.selectFrom("teams").select(["id", "key", "parent_id"]).execute();
  const requested = query.team ?? teams.filter((team) => team.parent_id === null).map((team) => team.key);
  const chosen = requested.map((key) => teams.find((team) => team.key === key.trim().toLowerCase()));
  const unknown = requested.filter((_, i) => chosen[i] === undefined);
  if (unknown.length > 0) throw invalidRequest(unknown.map((value) => ({ field: "team", code: "unknown_team", value })));

  const settings = await getSettings(db);
  const interval = query.interval ?? "month";
  const found = chosen.filter((team) => team !== undefined);
  const series = await kpiSeries(db, {
    kpi,
    teamIds: found.map((team) => team.id),
    from: query.from,
    to: query.to,
    interval,
    fiscalStartMonth: settings.fiscalStartMonth,
  });
  const noValue = (reason: NoValueReason | null) =>
    reason === null ? null : { code: reason.code, reason: describeNoValue(reason, language, { fiscalStartMonth: settings.fiscalStartMonth }) };

  return {
    kpi: kpi.key,
    unit: kpi.unit,
    interval,
    from: query.from,
    to: query.to,
    series: found.map((team) => ({
      team: team.key,
      values: (series.get(team.id) ?? []).map((point) => ({
        period: point.period,
        start: point.window.start,
        end: point.window.end,
        value: point.value,
        noValue: noValue(point.reason),
      })),
    })),
  };
}

/** Score a quarter as of today: the company, every team, every objective and its key results. */
export async function quarterScores(
  db: Kysely<Database>,
  quarter: string,
  language: Language,
  now: Date,
): Promise<z.input<typeof quarterScoresSchema>> {
  if (!isQuarter(quarter)) throw invalidRequest([{ field: "quarter", code: "invalid_quarter", value: quarter }]);
  const scores = await cachedScoreQuarter(db, { quarter, today: await companyToday(db, now) });
  const settings = await getSettings(db);
  const keyOf = new Map(scores.teams.map((team) => [team.teamId, team.key]));
  const teamKey = (id: number) => keyOf.get(id) ?? String(id);

  return {
    quarter,
    status: (await isQuarterClosed(db, quarter)) ? "closed" : "open",
    start: scores.window.start,
    end: scores.window.end,
    asOf: scores.asOf,
    norm: scores.norm,
    company: scores.company,
    teams: scores.teams.map((team) => ({
      team: team.key,
      parent: team.parentId === null ? null : teamKey(team.parentId),
      score: team.score,
      colour: team.colour,
      successRate: team.successRate,
      subtreeSuccessRate: team.subtreeSuccessRate,
      keyResultCount: team.keyResultCount,
    })),
    objectives: scores.objectives.map((objective) => ({
      id: objective.objectiveId,
      title: objective.title,
      team: teamKey(objective.teamId),
      parentId: objective.parentId,
      status: objective.status,
      score: objective.score,
      colour: objective.colour,
      keyResults: objective.keyResults.map((kr) => ({
        id: kr.keyResultId,
        title: kr.title,
        kind: kr.kind,
        kpi: kr.kpiKey,
        unit: kr.unit,
        team: teamKey(kr.teamId),
        value: kr.value,
        noValue:
          kr.reason === null ? null : { code: kr.reason.code, reason: describeNoValue(kr.reason, language, { fiscalStartMonth: settings.fiscalStartMonth }) },
        progress: kr.progress,
        score: kr.score,
        colour: kr.colour,
      })),
    })),
  };
}
