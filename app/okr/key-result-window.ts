import type { WindowKind } from "../../db/schema";
import { type DateWindow, type IsoDate, addDays, addMonths, daysBetween } from "../kpi/calendar";

export interface KeyResultWindowRule {
  windowKind: WindowKind;
  /** Weeks for trailing_weeks, months for trailing_months; unused for quarter. */
  windowLength: number | null;
}

/** Return the day scores are computed as of: today, at most the period's last day. */
export function asOfFor(period: DateWindow, today: IsoDate): IsoDate {
  return today < period.end ? today : period.end;
}

/**
 * Compute the window a key result's KPI is evaluated over, as of a day. By default it is the
 * period so far, from its first day to asOf. A trailing_weeks N window is the last N × 7 days up
 * to asOf. A trailing_months N window runs from asOf minus N months plus one day to asOf. Trailing
 * windows may start before the period. Returns null while the period has not started, so the key
 * result has no value.
 */
export function keyResultWindow(rule: KeyResultWindowRule, period: DateWindow, asOf: IsoDate): DateWindow | null {
  if (asOf < period.start) return null;
  const end = asOfFor(period, asOf);
  const length = rule.windowLength;

  // NOTE: the forms reject a trailing window without a positive whole length. A row that has one
  // anyway is evaluated over the period so far.
  if (length === null || !Number.isInteger(length) || length < 1) return { start: period.start, end };
  if (rule.windowKind === "trailing_weeks") return { start: addDays(end, 1 - length * 7), end };
  if (rule.windowKind === "trailing_months") return { start: addDays(addMonths(end, -length), 1), end };
  return { start: period.start, end };
}

/** Build the window shown for a period that has not started: its first day to the day before, zero days long. */
export function emptyWindow(period: DateWindow): DateWindow {
  return { start: period.start, end: addDays(period.start, -1) };
}

/** Return the smallest window that contains every given window, or null for none. */
export function coveringWindow(windows: DateWindow[]): DateWindow | null {
  if (windows.length === 0) return null;
  let { start, end } = windows[0];
  for (const window of windows) {
    if (window.start < start) start = window.start;
    if (window.end > end) end = window.end;
  }
  return { start, end };
}

/**
 * List the days a progress chart samples: every Sunday (the end of an ISO week) from the period's
 * start up to asOf, then asOf itself when it is not a Sunday. The list is empty before the period starts.
 */
export function weekEndsUpTo(period: DateWindow, asOf: IsoDate): IsoDate[] {
  const end = asOfFor(period, asOf);
  if (end < period.start) return [];

  // 1970-01-04 was a Sunday, so a day is a Sunday when its distance from it is a multiple of 7.
  const offset = ((daysBetween("1970-01-04", period.start) % 7) + 7) % 7;
  const days: IsoDate[] = [];
  for (let day = addDays(period.start, offset === 0 ? 0 : 7 - offset); day <= end; day = addDays(day, 7)) {
    days.push(day);
  }
  if (days[days.length - 1] !== end) days.push(end);
  return days;
}
