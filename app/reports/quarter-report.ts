import type { DateWindow, IsoDate } from "../kpi/calendar";
import { type TeamBar, teamBars, teamRows } from "../okr/dashboard";
import { countsTowardScores } from "../okr/quarter-rollup";
import type { QuarterChoice } from "../okr/report-types";
import type { QuarterScores, ScoreColour } from "../okr/types";
import { type Calibration, calibrate } from "./calibration";
import { COMPANY_MOVERS, type MoverInput, type Movement, rankMovers, type ScorePoint, TEAM_MOVERS } from "./movers";

export type ColourCounts = Record<ScoreColour, number>;

export interface ReportSummary {
  score: number | null;
  colour: ScoreColour | null;
  /** Share of the counted key results scoring at least the norm. */
  successRate: number | null;
  keyResultCount: number;
  /** Counted key results by colour. */
  colours: ColourCounts;
  calibration: Calibration;
  movers: Movement[];
}

export interface TeamSection extends ReportSummary {
  teamId: number;
  key: string;
  name: string;
  /** Depth below the company: 1 for a department, 2 for its teams. */
  depth: number;
  subtreeSuccessRate: number | null;
  subtreeKeyResultCount: number;
}

export interface QuarterReport extends QuarterChoice {
  window: DateWindow;
  asOf: IsoDate;
  norm: number;
  /** True when the quarter is closed and its scores are frozen. */
  closed: boolean;
  company: ReportSummary & { name: string };
  /** Teams below the company with key results in their subtree, in the order of the team tree. */
  teams: TeamSection[];
  bars: TeamBar[];
  /** Titles of objectives by id, for the moved-most lists. */
  objectiveTitles: Record<number, string>;
}

export interface QuarterReportInput {
  choice: QuarterChoice;
  closed: boolean;
  scores: QuarterScores;
  /** Each key result's earliest known score of the quarter, by key result id. */
  starts: Map<number, ScorePoint>;
  /** Scores of the closed quarters the calibration covers. */
  closedScores: QuarterScores[];
}

/**
 * Assemble the quarter report from the quarter's scores: per team and for the company the score,
 * success rate, counted key results by colour, the calibration over closed quarters and the key
 * results that moved most. Draft objectives count nowhere, as on the dashboard.
 */
export function buildQuarterReport(input: QuarterReportInput): QuarterReport {
  const { scores } = input;
  const counted = scores.objectives.filter((objective) => countsTowardScores(objective.status));
  const moversOf = (teamId: number | null): MoverInput[] =>
    counted
      .filter((objective) => teamId === null || objective.teamId === teamId)
      .flatMap((objective) =>
        objective.keyResults.map((kr) => ({
          keyResultId: kr.keyResultId,
          title: kr.title,
          objectiveId: objective.objectiveId,
          teamId: objective.teamId,
          end: { asOf: scores.asOf, score: kr.score, progress: kr.progress },
          start: input.starts.get(kr.keyResultId) ?? null,
        })),
      );
  const coloursOf = (teamId: number | null): ColourCounts => {
    const counts: ColourCounts = { green: 0, amber: 0, red: 0 };
    for (const objective of counted) {
      if (teamId !== null && objective.teamId !== teamId) continue;
      for (const kr of objective.keyResults) counts[kr.colour] += 1;
    }
    return counts;
  };

  const root = scores.teams.find((team) => team.parentId === null);
  const company = {
    name: root?.name ?? "",
    ...scores.company,
    colours: coloursOf(null),
    calibration: calibrate(input.closedScores.map((closed) => ({ quarter: closed.quarter, score: closed.company.score }))),
    movers: rankMovers(moversOf(null), COMPANY_MOVERS),
  };

  const teams: TeamSection[] = teamRows(scores.teams)
    .filter((row) => row.depth > 0 && row.subtreeKeyResultCount > 0)
    .map((row) => ({
      teamId: row.teamId,
      key: row.key,
      name: row.name,
      depth: row.depth,
      score: row.score,
      colour: row.colour,
      successRate: row.successRate,
      keyResultCount: row.keyResultCount,
      subtreeSuccessRate: row.subtreeSuccessRate,
      subtreeKeyResultCount: row.subtreeKeyResultCount,
      colours: coloursOf(row.teamId),
      calibration: calibrate(
        input.closedScores.map((closed) => ({
          quarter: closed.quarter,
          score: closed.teams.find((team) => team.teamId === row.teamId)?.score ?? null,
        })),
      ),
      movers: rankMovers(moversOf(row.teamId), TEAM_MOVERS),
    }));

  return {
    ...input.choice,
    window: scores.window,
    asOf: scores.asOf,
    norm: scores.norm,
    closed: input.closed,
    company,
    teams,
    bars: teamBars(teamRows(scores.teams)),
    objectiveTitles: Object.fromEntries(scores.objectives.map((objective) => [objective.objectiveId, objective.title])),
  };
}
