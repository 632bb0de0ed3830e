import { Temporal } from "temporal-polyfill";
import { addDays, type DateWindow, type IsoDate, isoWeekOf, isoWeekWindow, midDay, quarterOf, quarterWindow } from "../kpi/calendar";

/** The survey periods: the mood question is asked per ISO week, the eNPS question per quarter. */
export type SurveyKind = "mood" | "enps";

/** Return the period that a survey answer given today belongs to: "2026-W49" or "2026-Q4". */
export function currentPeriod(kind: SurveyKind, today: IsoDate, fiscalStartMonth: number): string {
  return kind === "mood" ? isoWeekOf(today) : quarterOf(today, fiscalStartMonth);
}

/** Return the first and last day of a survey period, or null when the text is not one. */
export function periodWindow(kind: SurveyKind, period: string, fiscalStartMonth: number): DateWindow | null {
  return kind === "mood" ? isoWeekWindow(period) : quarterWindow(period, fiscalStartMonth);
}

/**
 * List the ISO weeks that count in a quarter: those whose middle day (Thursday) lies in it, as for any
 * weekly snapshot. 2026-W53 (28 Dec 2026 – 3 Jan 2027) belongs to 2026-Q4.
 */
export function weeksOfQuarter(quarter: string, fiscalStartMonth: number): string[] {
  const window = quarterWindow(quarter, fiscalStartMonth);
  if (!window) return [];
  const weeks: string[] = [];
  for (let monday = isoWeekWindow(isoWeekOf(window.start))!.start; monday <= window.end; monday = addDays(monday, 7)) {
    const week = isoWeekOf(monday);
    const days = isoWeekWindow(week)!;
    const middle = midDay(days.start, days.end);
    if (middle >= window.start && middle <= window.end) weeks.push(week);
  }
  return weeks;
}

/**
 * Seconds from now until the period's last day ends in the time zone: the lifetime of an edit
 * cookie, which is useless afterwards because a closed period's answers cannot change.
 */
export function secondsUntilPeriodEnds(periodEnd: IsoDate, timeZone: string, now: Date): number {
  const end = Temporal.PlainDate.from(periodEnd).add({ days: 1 }).toZonedDateTime(timeZone).epochMilliseconds;
  return Math.max(0, Math.floor((end - now.getTime()) / 1000));
}
