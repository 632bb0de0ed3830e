import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { isQuarter } from "../kpi/calendar";
import { refreshScores } from "./scores.server";
import { companyToday } from "./settings.server";

/**
 * Record fresh scores as of today after an edit that can move them. With a quarter, only that
 * quarter is scored. A year is skipped, because year objectives are not scored per quarter.
 * Without a period every quarter is scored, because a snapshot may count in any quarter through a
 * trailing window.
 */
export async function refreshScoresAfterEdit(db: Kysely<Database>, now: Date, period?: string): Promise<void> {
  if (period !== undefined && !isQuarter(period)) return;

  const today = await companyToday(db, now);
  await refreshScores(db, { today, now, quarters: period === undefined ? undefined : [period] });
}
