import { Temporal } from "temporal-polyfill";

/**
 * Calendar dates as ISO text ("2026-03-31"), quarters ("2026-Q1"), ISO weeks ("2026-W53") and
 * months ("2026-03"). Pure: the caller passes "now" and the time zone.
 */
export type IsoDate = string;

/** A window of whole days, both ends inclusive. */
export interface DateWindow {
  start: IsoDate;
  end: IsoDate;
}

const plain = (date: IsoDate) => Temporal.PlainDate.from(date, { overflow: "reject" });

/**
 * Cache a pure string function. Imports convert the same few hundred periods and dates millions of
 * times, and Temporal objects are slow to build. The cache is emptied when it reaches 10,000 keys.
 */
function memoize<R>(compute: (text: string) => R): (text: string) => R {
  const cache = new Map<string, R>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined && !cache.has(text)) {
      result = compute(text);
      if (result !== null && typeof result === "object") Object.freeze(result);
      if (cache.size >= 10_000) cache.clear();
      cache.set(text, result);
    }
    return result as R;
  };
}

/** Parse an ISO date strictly: "2026-02-31" is invalid, never rolled over. Returns null when invalid. */
export const parseIsoDate: (text: string) => IsoDate | null = memoize((text) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  try {
    return plain(text).toString();
  } catch {
    return null;
  }
});

/** Build a date from parts, or null when the parts name no real day (31 February). */
export function dateFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999) return null;
  // Date.UTC rolls 31 February over into March; a day that changes on the way back does not exist.
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

// Day arithmetic runs on UTC epoch days: plain dates have no time zone, and this path is hot
// (every imported snapshot computes its middle day).
const DAY_MS = 86_400_000;
/** Days since 1970-01-01: an integer key that sorts and subtracts like the date. */
export const toEpochDay = (date: IsoDate) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
export const fromEpochDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  return plain(date).add({ months }).toString();
}

/** Days from a to b: 0 for the same day, negative when b is before a. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** Number of days in a window, both ends counted. */
export function windowDays(window: DateWindow): number {
  return daysBetween(window.start, window.end) + 1;
}

/**
 * Length of a window in months: whole calendar months plus the covered share of a partial month.
 * A calendar quarter is exactly 3; 1 to 15 January is 15/31.
 */
export function windowMonths(window: DateWindow): number {
  let months = 0;
  let cursor = plain(window.start);
  const end = plain(window.end).add({ days: 1 });
  while (Temporal.PlainDate.compare(cursor.add({ months: 1 }), end) <= 0) {
    cursor = cursor.add({ months: 1 });
    months += 1;
  }
  const rest = cursor.until(end, { largestUnit: "days" }).days;
  return months + rest / cursor.daysInMonth;
}

/** Middle day of a period; for an even number of days the earlier of the two middle days. */
export function midDay(start: IsoDate, end: IsoDate): IsoDate {
  return midDayOfPeriod(`${start}/${end}`);
}

const midDayOfPeriod = memoize((period) => {
  const [start, end] = period.split("/");
  return addDays(start, Math.floor(daysBetween(start, end) / 2));
});

export function isInWindow(date: IsoDate, window: DateWindow): boolean {
  return date >= window.start && date <= window.end;
}

/** Today's date in a time zone: a check-in at 23:30 on 31 March in Amsterdam is on 31 March. */
export function todayIn(timeZone: string, now: Date): IsoDate {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** Return the UTC instant (ISO text) at which a date starts in a time zone: 2026-07-01 in Amsterdam starts at 2026-06-30T22:00:00Z. */
export function startOfDayIn(timeZone: string, date: IsoDate): string {
  return plain(date).toZonedDateTime({ timeZone }).toInstant().toString({ smallestUnit: "millisecond" });
}

/** Split a UTC timestamp into the date and the time of day (HH:mm) in a time zone. */
export function localDateTime(timeZone: string, timestamp: string): { date: IsoDate; time: string } {
  const zoned = Temporal.Instant.from(timestamp).toZonedDateTimeISO(timeZone);
  return { date: zoned.toPlainDate().toString(), time: zoned.toPlainTime().toString({ smallestUnit: "minute" }) };
}

// ---- ISO weeks ----

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** The ISO week of a date: 2027-01-01 is in 2026-W53. */
export const isoWeekOf: (date: IsoDate) => string = memoize((date) => {
  const d = plain(date);
  return `${d.yearOfWeek}-W${String(d.weekOfYear).padStart(2, "0")}`;
});

/** Monday to Sunday of an ISO week, or null when the week does not exist (2025-W53). */
export const isoWeekWindow: (week: string) => DateWindow | null = memoize((week) => {
  const match = WEEK_PATTERN.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  // 4 January always lies in week 1.
  const jan4 = plain(`${match[1]}-01-04`);
  const monday = jan4.subtract({ days: jan4.dayOfWeek - 1 }).add({ weeks: number - 1 });
  if (number < 1 || monday.add({ days: 3 }).year !== year) return null;
  return { start: monday.toString(), end: monday.add({ days: 6 }).toString() };
});

// ---- months ----

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export const monthWindow: (month: string) => DateWindow | null = memoize((month) => {
  const match = MONTH_PATTERN.exec(month);
  if (!match) return null;
  const m = Number(match[2]);
  if (m < 1 || m > 12) return null;
  const first = plain(`${month}-01`);
  return { start: first.toString(), end: first.add({ months: 1 }).subtract({ days: 1 }).toString() };
});

// ---- quarters ----

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/**
 * Quarters are calendar quarters unless the fiscal year starts in another month. A fiscal quarter
 * is labelled with the calendar year in which its fiscal year starts: with a start in April,
 * 2026-Q4 runs from January to March 2027.
 */
export function quarterWindow(quarter: string, fiscalStartMonth = 1): DateWindow | null {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) return null;
  const start = plain(`${match[1]}-01-01`).add({ months: fiscalStartMonth - 1 + (Number(match[2]) - 1) * 3 });
  return { start: start.toString(), end: start.add({ months: 3 }).subtract({ days: 1 }).toString() };
}

export function quarterOf(date: IsoDate, fiscalStartMonth = 1): string {
  const d = plain(date);
  const monthsIntoFiscalYear = (d.month - fiscalStartMonth + 12) % 12;
  const fiscalYear = d.month >= fiscalStartMonth ? d.year : d.year - 1;
  return `${fiscalYear}-Q${Math.floor(monthsIntoFiscalYear / 3) + 1}`;
}

export function isQuarter(text: string): boolean {
  return QUARTER_PATTERN.test(text);
}

export function nextQuarter(quarter: string): string {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new Error(`Invalid quarter "${quarter}": expected a form like 2026-Q4`);
  const q = Number(match[2]);
  return q === 4 ? `${Number(match[1]) + 1}-Q1` : `${match[1]}-Q${q + 1}`;
}

export function previousQuarter(quarter: string): string {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new Error(`Invalid quarter "${quarter}": expected a form like 2026-Q4`);
  const q = Number(match[2]);
  return q === 1 ? `${Number(match[1]) - 1}-Q4` : `${match[1]}-Q${q - 1}`;
}

/** Year window of a period given as "2026"; quarters go through quarterWindow. */
export function periodWindow(period: string, fiscalStartMonth = 1): DateWindow | null {
  if (isQuarter(period)) return quarterWindow(period, fiscalStartMonth);
  if (!/^\d{4}$/.test(period)) return null;
  const start = plain(`${period}-01-01`).add({ months: fiscalStartMonth - 1 });
  return { start: start.toString(), end: start.add({ years: 1 }).subtract({ days: 1 }).toString() };
}
