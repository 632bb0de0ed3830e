import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { isoWeekWindow, midDay, quarterOf, quarterWindow } from "../kpi/calendar";
import { companyToday, getSettings } from "../okr/settings.server";
import type { Actor } from "../people/actor.server";
import { ledTeamIds } from "../people/permissions.server";
import { buildTeamTree } from "../people/team-tree";
import {
  buildShownCells,
  ENPS_SCALE,
  enpsCountsOfDistribution,
  enpsScore,
  moodIndex,
  MOOD_SCALE,
  poolCells,
  type EnpsCounts,
  type SurveyCell,
} from "./aggregate";
import { weeksOfQuarter } from "./periods";
import { isPeriodClosed } from "./suppression";

export interface MoodWeek {
  week: string;
  start: string;
  end: string;
  /** False until the week's last day has passed; an open week shows no figures. */
  closed: boolean;
}

/** Figures of a shown team-week; hidden and empty team-weeks have no entry at all. */
export interface MoodWeekCell {
  teamId: number;
  week: string;
  responses: number;
  moodIndex: number;
  /** Answers over the team's people employed that week; null when the team had no one. */
  participation: number | null;
  headcount: number;
}

export interface MoodTeamSummary {
  teamId: number;
  /** Pooled over the team's shown weeks of the quarter. */
  responses: number;
  moodIndex: number;
  participation: number | null;
  /** Answers per score 1..5. */
  distribution: number[];
  comments: string[];
}

export interface EnpsTeamSummary {
  teamId: number;
  responses: number;
  counts: EnpsCounts;
  score: number;
  comments: string[];
}

export interface MoodReport {
  quarter: string;
  current: string;
  /** Quarters to pick from, newest first. */
  options: string[];
  threshold: number;
  weeks: MoodWeek[];
  /** The teams the reader may see, in tree order. */
  teams: { id: number; name: string; depth: number; generated: boolean }[];
  cells: MoodWeekCell[];
  summaries: MoodTeamSummary[];
  /** False until the quarter has ended: eNPS answers appear only then. */
  enpsClosed: boolean;
  enps: EnpsTeamSummary[];
}

/**
 * Load the survey views of a quarter for a lead (the teams they lead and their subteams) or an
 * admin (every team). Every figure comes from buildShownCells: the privacy rules run on the whole
 * company before the reader's teams are picked, so a hidden team stays merged into its parent even
 * when the reader leads only the hidden team, and then sees nothing of it.
 */
export async function loadMoodReport(db: Kysely<Database>, actor: Actor, options: { quarter: string | null; now: Date }): Promise<MoodReport> {
  const settings = await getSettings(db);
  const today = await companyToday(db, options.now);
  const current = quarterOf(today, settings.fiscalStartMonth);
  const quarter = options.quarter ?? current;
  const visible = actor.role === "member" ? new Set<number>() : await ledTeamIds(db, actor);

  const teamRows = await db.selectFrom("teams").select(["id", "parent_id", "name"]).orderBy("name").execute();
  const tree = buildTeamTree(teamRows);
  const teams = tree
    .depthFirst()
    .filter((row) => visible.has(row.team.id))
    .map((row) => ({ id: row.team.id, name: row.team.name, depth: row.depth, generated: settings.generatedSurveyTeamIds.includes(row.team.id) }));

  const weeks = weeksOfQuarter(quarter, settings.fiscalStartMonth).map((week) => {
    const window = isoWeekWindow(week)!;
    return { week, start: window.start, end: window.end, closed: isPeriodClosed(window.end, today) };
  });
  const answers =
    weeks.length === 0
      ? []
      : await db.selectFrom("mood_answers").select(["week as period", "team_id as teamId", "score", "comment"]).where("week", "in", weeks.map((w) => w.week)).execute();
  const moodCells = buildShownCells({
    teams: teamRows,
    answers,
    periodEnds: new Map(weeks.map((w) => [w.week, w.end])),
    today,
    threshold: settings.surveyThreshold,
    scale: MOOD_SCALE,
  }).filter((cell) => visible.has(cell.teamId));

  const headcountOf = await headcounts(db, tree);
  const weekOf = new Map(weeks.map((w) => [w.week, w]));
  const cells = moodCells.map((cell) => {
    const week = weekOf.get(cell.period)!;
    const headcount = headcountOf(cell.teamId, week.start, week.end);
    return {
      teamId: cell.teamId,
      week: cell.period,
      responses: cell.responses,
      moodIndex: moodIndex(cell)!,
      participation: headcount === 0 ? null : cell.responses / headcount,
      headcount,
    };
  });

  const enpsClosed = isPeriodClosed(quarterWindow(quarter, settings.fiscalStartMonth)?.end ?? today, today);
  return {
    quarter,
    current,
    options: await quarterOptions(db, current, settings.fiscalStartMonth),
    threshold: settings.surveyThreshold,
    weeks,
    teams,
    cells,
    summaries: summarise(teams, moodCells, cells),
    enpsClosed,
    enps: enpsClosed ? await loadEnps(db, teamRows, visible, quarter, settings, today) : [],
  };
}

function summarise(teams: MoodReport["teams"], moodCells: SurveyCell[], cells: MoodWeekCell[]): MoodTeamSummary[] {
  const summaries: MoodTeamSummary[] = [];
  for (const team of teams) {
    const own = moodCells.filter((cell) => cell.teamId === team.id);
    if (own.length === 0) continue;
    const pooled = poolCells(own, MOOD_SCALE);
    const headcount = cells.filter((cell) => cell.teamId === team.id).reduce((sum, cell) => sum + cell.headcount, 0);
    summaries.push({
      teamId: team.id,
      responses: pooled.responses,
      moodIndex: moodIndex(pooled)!,
      participation: headcount === 0 ? null : pooled.responses / headcount,
      distribution: pooled.distribution,
      comments: pooled.comments,
    });
  }
  return summaries;
}

async function loadEnps(
  db: Kysely<Database>,
  teamRows: { id: number; parent_id: number | null }[],
  visible: Set<number>,
  quarter: string,
  settings: { surveyThreshold: number; fiscalStartMonth: number },
  today: string,
): Promise<EnpsTeamSummary[]> {
  const answers = await db.selectFrom("enps_answers").select(["quarter as period", "team_id as teamId", "score", "comment"]).where("quarter", "=", quarter).execute();
  const end = quarterWindow(quarter, settings.fiscalStartMonth)!.end;
  const cells = buildShownCells({ teams: teamRows, answers, periodEnds: new Map([[quarter, end]]), today, threshold: settings.surveyThreshold, scale: ENPS_SCALE });
  return cells
    .filter((cell) => visible.has(cell.teamId))
    .map((cell) => {
      const counts = enpsCountsOfDistribution(cell.distribution);
      return { teamId: cell.teamId, responses: cell.responses, counts, score: enpsScore(counts)!, comments: cell.comments };
    });
}

/**
 * Count the people employed during a week in a team's subtree.
 * NOTE: a person counts in their current team for every week, because team moves are not kept.
 */
async function headcounts(db: Kysely<Database>, tree: ReturnType<typeof buildTeamTree>) {
  const people = await db.selectFrom("people").select(["team_id", "started_on", "ended_on"]).execute();
  return (teamId: number, start: string, end: string) => {
    const subtree = new Set(tree.subtreeIds(teamId));
    return people.filter(
      (p) => subtree.has(p.team_id) && (p.started_on === null || p.started_on <= end) && (p.ended_on === null || p.ended_on >= start),
    ).length;
  };
}

/** List the current quarter and every quarter with mood or eNPS answers, newest first. */
async function quarterOptions(db: Kysely<Database>, current: string, fiscalStartMonth: number): Promise<string[]> {
  const weeks = await db.selectFrom("mood_answers").select("week").distinct().execute();
  const quarters = await db.selectFrom("enps_answers").select("quarter").distinct().execute();
  const options = new Set([current, ...quarters.map((q) => q.quarter)]);
  for (const { week } of weeks) {
    const window = isoWeekWindow(week);
    // A week counts in the quarter of its middle day, the Thursday.
    if (window) options.add(quarterOf(midDay(window.start, window.end), fiscalStartMonth));
  }
  return [...options].sort().reverse();
}
