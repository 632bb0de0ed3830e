import { meanScore, roundScore } from "../okr/scoring";

/** Above this average over closed quarters a team's goals are too easy. */
export const TOO_EASY_ABOVE = 0.9;
/** Below this average over closed quarters a team's goals are out of reach. */
export const OUT_OF_REACH_BELOW = 0.4;
/** The calibration looks back over at most this many closed quarters: a year of goal setting. */
export const CALIBRATION_QUARTERS = 4;

export type CalibrationVerdict = "too_easy" | "out_of_reach" | "fine";

export interface Calibration {
  /** Mean of the scores of the closed quarters in which the team had a score; null without any. */
  average: number | null;
  /** The closed quarters that average covers, oldest first. */
  quarters: string[];
  verdict: CalibrationVerdict | null;
}

/**
 * Judge an average score over closed quarters. The average is rounded to 4 decimals first, like every
 * score, and the bounds themselves are fine: exactly 0.9 or exactly 0.4 is neither too easy nor out of reach.
 */
export function calibrationVerdict(average: number): CalibrationVerdict {
  const rounded = roundScore(average);
  if (rounded > TOO_EASY_ABOVE) return "too_easy";
  if (rounded < OUT_OF_REACH_BELOW) return "out_of_reach";
  return "fine";
}

/** Average the scores of closed quarters (null where the team had no score) and judge the average. */
export function calibrate(scores: { quarter: string; score: number | null }[]): Calibration {
  const scored = scores.filter((entry): entry is { quarter: string; score: number } => entry.score !== null);
  const average = meanScore(scored.map((entry) => entry.score));
  return {
    average,
    quarters: scored.map((entry) => entry.quarter).sort(),
    verdict: average === null ? null : calibrationVerdict(average),
  };
}

/**
 * Pick the closed quarters a report of `quarter` calibrates over: closed quarters up to and
 * including it, the latest CALIBRATION_QUARTERS of them, oldest first.
 */
export function calibrationQuarters(closed: string[], quarter: string): string[] {
  // Quarter labels sort as text because the year has four digits.
  return closed
    .filter((q) => q <= quarter)
    .sort()
    .slice(-CALIBRATION_QUARTERS);
}
