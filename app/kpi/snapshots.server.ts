import { type Kysely, sql } from "kysely";
import type { Database, SnapshotSource } from "../../db/schema";
import { assertPeriodsOpen } from "../quarters/closed-quarters.server";
import { midDay } from "./calendar";

/** A value of one metric for one team over a period of whole days (both ends inclusive). */
export interface SnapshotInput {
  metricId: number;
  teamId: number;
  periodStart: string;
  periodEnd: string;
  value: number;
}

export interface SnapshotWriteOptions {
  source: SnapshotSource;
  importId?: number | null;
  actorId: number | null;
  now: Date;
}

export interface SnapshotWriteResult {
  inserted: number;
  replaced: number;
  unchanged: number;
}

// New rows travel as one JSON array per chunk, read by json_each: a short statement with one
// parameter prepares in microseconds, where a multi-row VALUES list of 10,000 parameters takes
// milliseconds to build, compile and prepare.
const INSERT_CHUNK = 20_000;

const keyOf = (row: { metricId: number; teamId: number; periodStart: string; periodEnd: string }) =>
  `${row.metricId}|${row.teamId}|${row.periodStart}|${row.periodEnd}`;

/**
 * Write snapshots, one value per (metric, team, period): a new period is inserted, a changed value
 * replaces the old one and leaves an audit entry with both values, an equal value changes nothing.
 * Writing the same rows twice is therefore idempotent. Call it inside a transaction to make a batch
 * all-or-nothing; the input must already be validated (finite values, start on or before end).
 * Throws ClosedQuarterError, writing nothing, when a row's middle day lies in a closed quarter.
 */
export async function writeSnapshots(
  db: Kysely<Database>,
  rows: SnapshotInput[],
  options: SnapshotWriteOptions,
): Promise<SnapshotWriteResult> {
  const result: SnapshotWriteResult = { inserted: 0, replaced: 0, unchanged: 0 };
  if (rows.length === 0) return result;
  await assertPeriodsOpen(db, rows.map((row) => ({ start: row.periodStart, end: row.periodEnd })));

  // Sorting in index order serves two ends. Equal keys become neighbours, and the later row wins as
  // if each row were written in turn, because the sort is stable. Inserts also append to each
  // (metric, team) run of the index instead of jumping between thousands of places in it.
  const sorted = rows.slice().sort(compareSnapshots);
  const unique: SnapshotInput[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const next = sorted[i + 1];
    if (next === undefined || compareSnapshots(sorted[i], next) !== 0) unique.push(sorted[i]);
  }

  const existing = await loadExisting(db, unique);
  const recordedAt = options.now.toISOString();
  // A bulk import of new periods finds nothing to replace and skips the per-row key lookup.
  const toInsert: SnapshotInput[] = existing.size === 0 ? unique : [];

  for (const row of existing.size === 0 ? [] : unique) {
    const old = existing.get(keyOf(row));
    if (!old) {
      toInsert.push(row);
      continue;
    }
    if (old.value === row.value) {
      result.unchanged += 1;
      continue;
    }
    await db
      .updateTable("metric_snapshots")
      .set({
        value: row.value,
        source: options.source,
        import_id: options.importId ?? null,
        recorded_by: options.actorId,
        recorded_at: recordedAt,
      })
      .where("id", "=", old.id)
      .execute();
    await db
      .insertInto("audit_entries")
      .values({
        actor_id: options.actorId,
        at: recordedAt,
        entity: "metric_snapshot",
        entity_id: old.id,
        action: "replace",
        old_value: JSON.stringify({ value: old.value, source: old.source }),
        new_value: JSON.stringify({ value: row.value, source: options.source }),
      })
      .execute();
    result.replaced += 1;
  }

  for (let i = 0; i < toInsert.length; i += INSERT_CHUNK) {
    const chunk = toInsert
      .slice(i, i + INSERT_CHUNK)
      .map((row) => [row.metricId, row.teamId, row.periodStart, row.periodEnd, midDay(row.periodStart, row.periodEnd), row.value]);
    await sql`
      insert into metric_snapshots
        (metric_id, team_id, period_start, period_end, mid_date, value, source, import_id, recorded_by, recorded_at)
      select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5,
        ${options.source}, ${options.importId ?? null}, ${options.actorId}, ${recordedAt}
      from json_each(${JSON.stringify(chunk)})
    `.execute(db);
  }
  result.inserted = toInsert.length;
  return result;
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

const compareSnapshots = (a: SnapshotInput, b: SnapshotInput) =>
  a.metricId - b.metricId ||
  a.teamId - b.teamId ||
  compareText(a.periodStart, b.periodStart) ||
  compareText(a.periodEnd, b.periodEnd);

/** Existing snapshots that share a key with the rows, by key. One query per metric. */
async function loadExisting(db: Kysely<Database>, rows: SnapshotInput[]) {
  const byMetric = new Map<number, SnapshotInput[]>();
  for (const row of rows) {
    const list = byMetric.get(row.metricId) ?? [];
    list.push(row);
    byMetric.set(row.metricId, list);
  }

  const existing = new Map<string, { id: number; value: number; source: string }>();
  for (const [metricId, list] of byMetric) {
    let from = list[0].periodStart;
    let to = list[0].periodStart;
    const teams = new Set<number>();
    for (const row of list) {
      if (row.periodStart < from) from = row.periodStart;
      if (row.periodStart > to) to = row.periodStart;
      teams.add(row.teamId);
    }
    const found = await db
      .selectFrom("metric_snapshots")
      .select(["id", "team_id", "period_start", "period_end", "value", "source"])
      .where("metric_id", "=", metricId)
      .where("team_id", "in", [...teams])
      .where("period_start", ">=", from)
      .where("period_start", "<=", to)
      .execute();
    for (const s of found) {
      existing.set(
        keyOf({ metricId, teamId: s.team_id, periodStart: s.period_start, periodEnd: s.period_end }),
        { id: s.id, value: s.value, source: s.source },
      );
    }
  }
  return existing;
}
