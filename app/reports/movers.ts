import type { IsoDate } from "../kpi/calendar";
import { roundScore } from "../okr/scoring";

/** A key result's score and progress at one day. */
export interface ScorePoint {
  asOf: IsoDate;
  score: number;
  /** Unclamped progress; null for stay kinds, milestones and key results without a value. */
  progress: number | null;
}

export interface MoverInput {
  keyResultId: number;
  title: string;
  objectiveId: number;
  teamId: number;
  end: ScorePoint;
  /** The earliest known point of the quarter; null when none lies before the end. */
  start: ScorePoint | null;
}

export interface Movement {
  keyResultId: number;
  title: string;
  objectiveId: number;
  teamId: number;
  start: ScorePoint;
  end: ScorePoint;
  /** end.score − start.score, rounded to 4 decimals: −1 to 1. */
  scoreChange: number;
  /** end.progress − start.progress, rounded; null unless both have a progress. */
  progressChange: number | null;
}

/** How many key results the report lists as moved most, for the company and for each team. */
export const COMPANY_MOVERS = 5;
export const TEAM_MOVERS = 3;

/**
 * Rank key results by how much they moved over the quarter: the largest change in score first,
 * then the largest change in progress (which still shows movement above a score of 1 or below 0),
 * then the key result's id. Key results that did not move, or have no start point, are left out.
 */
export function rankMovers(inputs: MoverInput[], limit: number): Movement[] {
  const movements: Movement[] = [];
  for (const input of inputs) {
    if (!input.start || input.start.asOf >= input.end.asOf) continue;
    const scoreChange = roundScore(input.end.score - input.start.score);
    const progressChange =
      input.start.progress === null || input.end.progress === null ? null : roundScore(input.end.progress - input.start.progress);
    if (scoreChange === 0 && (progressChange === null || progressChange === 0)) continue;
    movements.push({ ...input, start: input.start, scoreChange, progressChange });
  }

  movements.sort(
    (x, y) =>
      Math.abs(y.scoreChange) - Math.abs(x.scoreChange) ||
      Math.abs(y.progressChange ?? 0) - Math.abs(x.progressChange ?? 0) ||
      x.keyResultId - y.keyResultId,
  );
  return movements.slice(0, limit);
}
