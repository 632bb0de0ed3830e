import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { type IsoDate, quarterOf } from "../kpi/calendar";
import { listPeople } from "../people/people.server";
import { listTeams } from "../people/teams.server";
import {
  buildObjectiveTree,
  defaultQuarter,
  type QuarterWithObjectives,
  quarterOptions,
  teamBars,
  teamRows,
} from "./dashboard";
import type { DashboardReport, QuarterChoice, TeamComparisonReport } from "./report-types";
import type { ObjectiveSummary } from "./types";
import { loadPageOutlook } from "./page-outlook.server";
import { cachedScoreQuarter } from "./score-cache.server";
import { getSettings } from "./settings.server";

/** List the periods of objectives that are not archived, each with whether one of them has a key result that is not archived. */
export async function listQuartersWithObjectives(db: Kysely<Database>): Promise<QuarterWithObjectives[]> {
  const rows = await db
    .selectFrom("objectives")
    .leftJoin("key_results", (join) =>
      join.onRef("key_results.objective_id", "=", "objectives.id").on("key_results.archived_at", "is", null),
    )
    .select(["objectives.period", (eb) => eb.fn.count<number>("key_results.id").as("key_results")])
    .where("objectives.archived_at", "is", null)
    .groupBy("objectives.period")
    .execute();
  return rows.map((row) => ({ quarter: row.period, hasKeyResults: Number(row.key_results) > 0 }));
}

/**
 * Choose the quarter a report shows: the requested one, or by default the latest quarter with key
 * results (see defaultQuarter). The current quarter follows the fiscal year setting.
 */
export async function chooseQuarter(
  db: Kysely<Database>,
  options: { quarter: string | null; today: IsoDate },
): Promise<QuarterChoice> {
  const settings = await getSettings(db);
  const current = quarterOf(options.today, settings.fiscalStartMonth);
  const quarters = await listQuartersWithObjectives(db);
  const quarter = options.quarter ?? defaultQuarter(quarters, current);
  return {
    quarter,
    current,
    options: quarterOptions(
      quarters.map((q) => q.quarter),
      current,
      quarter,
    ),
  };
}

/** Map every team id to the team's name. */
export async function teamNamesById(db: Kysely<Database>): Promise<Record<number, string>> {
  const teams = await listTeams(db);
  return Object.fromEntries(teams.map((team) => [team.id, team.name]));
}

/** Map every person id to the person's name. */
export async function personNamesById(db: Kysely<Database>): Promise<Record<number, string>> {
  const people = await listPeople(db);
  return Object.fromEntries(people.map((person) => [person.id, person.name]));
}

/** Load everything the dashboard shows for a quarter: company and team scores and the objectives tree. */
/** Maximum number of key results a dashboard lists one by one; above it, objectives show a count. */
export const DASHBOARD_KEY_RESULT_LIMIT = 300;

export async function loadDashboard(
  db: Kysely<Database>,
  options: { quarter: string | null; today: IsoDate },
): Promise<DashboardReport> {
  const choice = await chooseQuarter(db, options);
  const scores = await cachedScoreQuarter(db, { quarter: choice.quarter, today: options.today });
  const settings = await getSettings(db);
  const teams = await listTeams(db);
  // The dashboard shows each key result's value and score, not the window and inputs behind it.
  // Past DASHBOARD_KEY_RESULT_LIMIT it lists objectives with a count: a page of a thousand rows is
  // slow to render and to read, and each objective's page lists its key results.
  const compact = scores.company.keyResultCount > DASHBOARD_KEY_RESULT_LIMIT;
  const objectives: ObjectiveSummary[] = scores.objectives.map((objective) => ({
    ...objective,
    keyResultCount: objective.keyResults.length,
    keyResults: compact ? [] : objective.keyResults.map((kr) => ({
      keyResultId: kr.keyResultId,
      title: kr.title,
      kind: kr.kind,
      unit: kr.unit,
      value: kr.value,
      reason: kr.reason,
      progress: kr.progress,
      score: kr.score,
      colour: kr.colour,
    })),
  }));
  const tree = buildObjectiveTree(
    objectives,
    teams.map((team) => ({ id: team.id, name: team.name, parentId: team.parent_id })),
  );

  return {
    ...choice,
    fiscalStartMonth: settings.fiscalStartMonth,
    window: scores.window,
    asOf: scores.asOf,
    norm: scores.norm,
    company: scores.company,
    teams: teamRows(scores.teams).filter((row) => row.subtreeKeyResultCount > 0),
    tree,
    teamNames: Object.fromEntries(teams.map((team) => [team.id, team.name])),
    ownerNames: await personNamesById(db),
    generatedDataTeamIds: settings.generatedDataTeamIds,
    compact,
    // A compact dashboard lists no key results, so it needs no pace, forecast or staleness.
    outlook: await loadPageOutlook(db, scores, options.today, compact ? [] : undefined),
  };
}

/** Load the team scores of a quarter side by side: every team for the table, the teams with a score for the chart. */
export async function loadTeamComparison(
  db: Kysely<Database>,
  options: { quarter: string | null; today: IsoDate },
): Promise<TeamComparisonReport> {
  const choice = await chooseQuarter(db, options);
  const scores = await cachedScoreQuarter(db, { quarter: choice.quarter, today: options.today });
  const rows = teamRows(scores.teams);
  return { ...choice, asOf: scores.asOf, norm: scores.norm, rows, bars: teamBars(rows) };
}
