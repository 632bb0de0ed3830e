import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { type DateWindow, type IsoDate, isQuarter, midDay, quarterWindow } from "../kpi/calendar";
import { getSettings } from "../okr/settings.server";

/**
 * A write dated inside a closed quarter. t(error.messageKey, error.params) words it in the reader's
 * language, naming the quarter and stating that an admin reopens it on /quarters. The HTTP API
 * maps it to status 422.
 */
export class ClosedQuarterError extends Error {
  readonly quarter: string;
  readonly messageKey = "quarters.errors.closed";
  readonly params: { quarter: string };

  constructor(quarter: string) {
    super(`Quarter ${quarter} is closed, so nothing dated in it can change. An admin can reopen it on /quarters.`);
    this.name = "ClosedQuarterError";
    this.quarter = quarter;
    this.params = { quarter };
  }
}

/** A closed quarter with its days under the company's fiscal year setting. */
export interface ClosedQuarter {
  quarter: string;
  window: DateWindow;
}

/** Load the closed quarters, oldest first. */
export async function listClosedQuarters(db: Kysely<Database>): Promise<ClosedQuarter[]> {
  const rows = await db.selectFrom("quarters").select("period").where("status", "=", "closed").orderBy("period").execute();
  if (rows.length === 0) return [];

  const { fiscalStartMonth } = await getSettings(db);
  const closed: ClosedQuarter[] = [];
  for (const row of rows) {
    const window = quarterWindow(row.period, fiscalStartMonth);
    if (window) closed.push({ quarter: row.period, window });
  }
  return closed;
}

export async function isQuarterClosed(db: Kysely<Database>, quarter: string): Promise<boolean> {
  const row = await db
    .selectFrom("quarters")
    .select("period")
    .where("period", "=", quarter)
    .where("status", "=", "closed")
    .executeTakeFirst();
  return row !== undefined;
}

/** Return the closed quarter that contains the day, or null. */
export function closedQuarterOfDay(closed: ClosedQuarter[], day: IsoDate): string | null {
  for (const entry of closed) {
    if (day >= entry.window.start && day <= entry.window.end) return entry.quarter;
  }
  return null;
}

/**
 * Find the periods that count in a closed quarter, with their index in the list. A period counts
 * in the quarter that contains its middle day (the earlier one for an even number of days), as
 * snapshots do in every KPI window: a week from Monday 29 June to Sunday 5 July counts in Q3.
 */
export async function findPeriodsInClosedQuarters(
  db: Kysely<Database>,
  periods: { start: IsoDate; end: IsoDate }[],
): Promise<{ index: number; quarter: string }[]> {
  if (periods.length === 0) return [];
  const closed = await listClosedQuarters(db);
  if (closed.length === 0) return [];

  const found: { index: number; quarter: string }[] = [];
  periods.forEach((period, index) => {
    const quarter = closedQuarterOfDay(closed, midDay(period.start, period.end));
    if (quarter !== null) found.push({ index, quarter });
  });
  return found;
}

/**
 * Throw ClosedQuarterError when any period's middle day lies in a closed quarter. Snapshots call
 * it through writeSnapshots; a check-in passes its date as a one-day period.
 */
export async function assertPeriodsOpen(db: Kysely<Database>, periods: { start: IsoDate; end: IsoDate }[]): Promise<void> {
  const [first] = await findPeriodsInClosedQuarters(db, periods);
  if (first) throw new ClosedQuarterError(first.quarter);
}

/**
 * Throw ClosedQuarterError when an objective's period is a closed quarter. A year ("2026") is
 * never closed as a whole.
 */
export async function assertQuarterOpen(db: Kysely<Database>, period: string): Promise<void> {
  if (isQuarter(period) && (await isQuarterClosed(db, period))) throw new ClosedQuarterError(period);
}
