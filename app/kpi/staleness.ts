import { type IsoDate, daysBetween } from "./calendar";

/** Days a weekly (or daily) input may age before it is stale. */
export const WEEKLY_STALE_DAYS = 14;
/** Days a monthly input may age before it is stale. */
export const MONTHLY_STALE_DAYS = 45;

/** The latest snapshot of one metric for one team. */
export interface LatestSnapshot {
  metricKey: string;
  teamId: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** End of the snapshot before the latest one, or null when there is none. */
  previousEnd: IsoDate | null;
}

export interface StaleInput {
  metricKey: string;
  teamId: number;
  /** Last day covered by the latest snapshot. */
  lastEnd: IsoDate;
  /** Days the input may age, from its usual interval. */
  allowedDays: number;
}

/**
 * Find the usual interval of a metric for a team, in days, from its latest snapshot: the length of
 * its period, or for a single-day snapshot (a stock, measured on a day) the days since the snapshot
 * before it. A single-day snapshot without a predecessor counts as weekly.
 */
export function usualIntervalDays(latest: LatestSnapshot): number {
  const length = daysBetween(latest.periodStart, latest.periodEnd) + 1;
  if (length > 1 || latest.previousEnd === null) return length;
  return Math.max(1, daysBetween(latest.previousEnd, latest.periodEnd));
}

/**
 * Days an input may age after its last covered day before it is stale: weekly or shorter inputs
 * 14 days, monthly inputs (up to 31 days) 45 days. Longer intervals, such as quarterly inputs, get
 * their own length plus 14 days.
 * NOTE: the 14 days of grace for intervals longer than a month are a choice, not a stated rule.
 */
export function allowedAgeDays(intervalDays: number): number {
  if (intervalDays <= 7) return WEEKLY_STALE_DAYS;
  if (intervalDays <= 31) return MONTHLY_STALE_DAYS;
  return intervalDays + WEEKLY_STALE_DAYS;
}

/** Return the input as stale when today lies more than its allowed age after its last covered day, else null. */
export function staleInput(latest: LatestSnapshot, today: IsoDate): StaleInput | null {
  const allowedDays = allowedAgeDays(usualIntervalDays(latest));
  if (daysBetween(latest.periodEnd, today) <= allowedDays) return null;
  return { metricKey: latest.metricKey, teamId: latest.teamId, lastEnd: latest.periodEnd, allowedDays };
}
