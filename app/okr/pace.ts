import { type DateWindow, type IsoDate, daysBetween, windowDays } from "../kpi/calendar";
import { DEFAULT_SUCCESS_NORM, roundScore } from "./scoring";

export type PaceStatus = "on_track" | "at_risk" | "off_track";

export interface Pace {
  /** Share of the quarter's days up to and including today, 0..1. */
  elapsedShare: number;
  /** Score expected by now: the norm × the elapsed share, rounded to 4 decimals. */
  expectedScore: number;
  status: PaceStatus;
}

/**
 * Share of a period's days that have passed by the end of today: 0 before the first day, 1/91 on
 * the first day of a 91-day quarter, and 1 from its last day on.
 */
export function elapsedShare(period: DateWindow, today: IsoDate): number {
  if (today < period.start) return 0;
  if (today >= period.end) return 1;
  return (daysBetween(period.start, today) + 1) / windowDays(period);
}

/**
 * Compare a score with the pace: a key result is on track when its score is at least the norm × the elapsed share, at risk when
 * it is below that but above half of it, and off track otherwise. Scores and the expected score are
 * rounded to 4 decimals before they are compared.
 */
export function paceOf(score: number, period: DateWindow, today: IsoDate, norm = DEFAULT_SUCCESS_NORM): Pace {
  const share = elapsedShare(period, today);
  const expectedScore = roundScore(norm * share);
  const rounded = roundScore(score);

  let status: PaceStatus = "off_track";
  if (rounded >= expectedScore) status = "on_track";
  else if (rounded > roundScore(expectedScore / 2)) status = "at_risk";
  return { elapsedShare: share, expectedScore, status };
}

/**
 * Expected score at each date: the norm × the share of the period elapsed by then. Draws the
 * expected-progress line of the key result chart.
 */
export function expectedScoreLine(period: DateWindow, dates: IsoDate[], norm = DEFAULT_SUCCESS_NORM): { date: IsoDate; score: number }[] {
  return dates.map((date) => ({ date, score: roundScore(norm * elapsedShare(period, date)) }));
}
