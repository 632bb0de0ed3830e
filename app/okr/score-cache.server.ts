import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema";
import type { IsoDate } from "../kpi/calendar";
import { scoreQuarter } from "./scores.server";
import type { QuarterScores } from "./types";

// Scoring a quarter reads every snapshot of its window (tens of thousands of rows in a large
// company), so pages reuse a result until the data changes. Every change either inserts a
// snapshot (a new id) or writes an audit entry (objectives, key results, teams, people, KPIs and
// replaced snapshot values all do), so the two highest ids plus the settings identify the data.
// The check is two rowid lookups, so it also detects writes by other processes such as the import command.
const MAX_ENTRIES = 16;
const caches = new WeakMap<Kysely<Database>, Map<string, Promise<QuarterScores>>>();

async function dataFingerprint(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ audit: number | null; snapshot: number | null; settings: string | null }>`
    select (select max(id) from audit_entries) as audit,
           (select max(id) from metric_snapshots) as snapshot,
           (select group_concat(key || '=' || value) from settings) as settings
  `.execute(db);
  const row = rows[0];
  return `${row?.audit ?? 0}|${row?.snapshot ?? 0}|${row?.settings ?? ""}`;
}

/**
 * Return scoreQuarter's result from memory while the data and the as-of day are unchanged.
 * The result is shared between callers: treat it as read-only.
 */
export async function cachedScoreQuarter(db: Kysely<Database>, options: { quarter: string; today: IsoDate }): Promise<QuarterScores> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = `${options.quarter}|${options.today}|${await dataFingerprint(db)}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const pending = scoreQuarter(db, options);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}
