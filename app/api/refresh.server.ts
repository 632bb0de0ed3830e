import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { logger } from "../logger.server";
import { refreshScoresAfterEdit } from "../okr/refresh-scores.server";

/**
 * Refresh scores after an API write, as the browser's forms do after theirs. A failure is logged,
 * not returned: the write is committed, and a 500 would make a script send a create again. The
 * scores then catch up at the next refresh.
 */
export async function refreshScoresAfterApiWrite(db: Kysely<Database>, now: Date, periods: (string | undefined)[], ids: Record<string, number>) {
  try {
    for (const period of new Set(periods)) await refreshScoresAfterEdit(db, now, period);
  } catch (error) {
    logger.error({ err: error, ...ids }, "score refresh after an API write failed");
  }
}
