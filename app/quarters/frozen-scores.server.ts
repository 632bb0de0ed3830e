import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { IsoDate } from "../kpi/calendar";

/** A key result's value, progress and score as stored when its quarter was closed. */
export interface FrozenScore {
  value: number | null;
  progress: number | null;
  score: number;
}

/**
 * Load the frozen scores of key results as of a day (a closed quarter's last day), by key result id.
 * Returns an empty map when nothing is frozen, so open quarters pay one small query.
 */
export async function loadFrozenScores(
  db: Kysely<Database>,
  keyResultIds: number[],
  asOf: IsoDate,
): Promise<Map<number, FrozenScore>> {
  const frozen = new Map<number, FrozenScore>();
  if (keyResultIds.length === 0) return frozen;

  // 900 ids per query stay under SQLite's default limit of 999 bound parameters in older builds.
  for (let i = 0; i < keyResultIds.length; i += 900) {
    const rows = await db
      .selectFrom("score_snapshots")
      .select(["key_result_id", "value", "progress", "score"])
      .where("as_of", "=", asOf)
      .where("frozen", "=", 1)
      .where("key_result_id", "in", keyResultIds.slice(i, i + 900))
      .execute();
    for (const row of rows) frozen.set(row.key_result_id, { value: row.value, progress: row.progress, score: row.score });
  }
  return frozen;
}
