import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { type SnapshotWriteResult, writeSnapshots } from "../kpi/snapshots.server";
import { logger } from "../logger.server";
import { refreshScores } from "../okr/scores.server";
import { companyToday } from "../okr/settings.server";
import { assertCanWriteSnapshotTeams } from "../people/permissions.server";
import type { Actor } from "../people/actor.server";
import { findPeriodsInClosedQuarters } from "../quarters/closed-quarters.server";
import { decodeFile } from "./csv";
import { loadLookups } from "./lookups.server";
import { findOverlaps, type OverlapFinding, type Period } from "./overlap";
import { planImport } from "./plan";
import type { ImportKind, ImportOptions, ImportPlan, PlannedSnapshot, RowError } from "./types";

export interface ImportInput extends ImportOptions {
  fileName: string;
  /** The file's bytes as uploaded; their SHA-256 identifies the file. */
  content: Uint8Array;
}

export const PREVIEW_SAMPLE_SIZE = 20;

export interface ImportPreview extends Omit<ImportPlan, "snapshots"> {
  kind: ImportKind;
  fileName: string;
  fileHash: string;
  snapshotCount: number;
  /** The first snapshots to write, in file order. */
  sample: PlannedSnapshot[];
  alreadyImported: PreviousImport | null;
  /** Up to OVERLAP_SAMPLE metric–team pairs whose periods overlap other periods; KPIs count both. */
  overlaps: OverlapFinding[];
  overlapCount: number;
}

const OVERLAP_SAMPLE = 5;

export interface PreviousImport {
  importId: number;
  /** UTC timestamp of the earlier import. */
  importedAt: string;
}

export type ImportOutcome =
  | { status: "invalid"; preview: ImportPreview }
  | ({ status: "already_imported" } & PreviousImport)
  | { status: "imported"; importId: number; rowsRead: number; written: SnapshotWriteResult };

/** SHA-256 of a file's bytes, hex. */
export function fileHash(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** Parse and check a file without writing anything. */
export async function previewImport(db: Kysely<Database>, input: ImportInput): Promise<ImportPreview> {
  const hash = fileHash(input.content);
  const plan = await withClosedQuarterErrors(db, planImport(decodeFile(input.content), input, await loadLookups(db)));
  const preview = toPreview(input, hash, plan, await findPreviousImport(db, input.kind, hash));
  const overlaps = findOverlaps(plan.snapshots, await loadExistingPeriods(db, plan.snapshots));
  return { ...preview, overlaps: overlaps.slice(0, OVERLAP_SAMPLE), overlapCount: overlaps.length };
}

/** Load the stored periods of the planned metrics and teams that share days with the planned range. */
async function loadExistingPeriods(db: Kysely<Database>, snapshots: PlannedSnapshot[]): Promise<Map<string, Period[]>> {
  const byMetric = new Map<number, { teams: Set<number>; from: string; to: string }>();
  for (const s of snapshots) {
    const range = byMetric.get(s.metricId);
    if (!range) byMetric.set(s.metricId, { teams: new Set([s.teamId]), from: s.periodStart, to: s.periodEnd });
    else {
      range.teams.add(s.teamId);
      if (s.periodStart < range.from) range.from = s.periodStart;
      if (s.periodEnd > range.to) range.to = s.periodEnd;
    }
  }
  const periods = new Map<string, Period[]>();
  for (const [metricId, range] of byMetric) {
    const rows = await db
      .selectFrom("metric_snapshots")
      .select(["team_id", "period_start", "period_end"])
      .where("metric_id", "=", metricId)
      .where("team_id", "in", [...range.teams])
      .where("period_start", "<=", range.to)
      .where("period_end", ">=", range.from)
      .execute();
    for (const row of rows) {
      const key = `${metricId}|${row.team_id}`;
      const list = periods.get(key) ?? [];
      list.push({ start: row.period_start, end: row.period_end });
      periods.set(key, list);
    }
  }
  return periods;
}

/**
 * Import a file in one transaction: parse and check it again, and write nothing when any row has
 * an error. Otherwise record the import, write its snapshots and an audit entry. A file imported
 * before as the same kind changes nothing unless its values were changed since.
 */
export async function runImport(
  db: Kysely<Database>,
  actor: Actor,
  input: ImportInput,
  now: Date,
  options: { source?: "import" | "demo" } = {},
): Promise<ImportOutcome> {
  const hash = fileHash(input.content);
  const text = decodeFile(input.content);

  // A file imported before is written again: where its values were changed since (by hand or by
  // another file), they are restored. When nothing changes, no second imports row is kept.
  const outcome = await db.transaction().execute(async (trx): Promise<ImportOutcome> => {
    const previous = await findPreviousImport(trx, input.kind, hash);

    const plan = await withClosedQuarterErrors(trx, planImport(text, input, await loadLookups(trx)));
    if (plan.errors.length > 0) return { status: "invalid", preview: toPreview(input, hash, plan, null) };
    await assertCanWriteSnapshotTeams(trx, actor, new Set(plan.snapshots.map((snapshot) => snapshot.teamId)));

    const created = await trx
      .insertInto("imports")
      .values({
        kind: input.kind,
        file_name: input.fileName,
        file_hash: hash,
        rows_read: plan.rowsRead,
        rows_written: 0,
        created_by: actor.personId,
        created_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const written = await writeSnapshots(trx, plan.snapshots, {
      source: options.source ?? "import",
      importId: created.id,
      actorId: actor.personId,
      now,
    });
    if (previous && written.inserted + written.replaced === 0) {
      await trx.deleteFrom("imports").where("id", "=", created.id).execute();
      return { status: "already_imported", ...previous };
    }
    await trx
      .updateTable("imports")
      .set({ rows_written: written.inserted + written.replaced })
      .where("id", "=", created.id)
      .execute();
    await trx
      .insertInto("audit_entries")
      .values({
        actor_id: actor.personId,
        at: now.toISOString(),
        entity: "import",
        entity_id: created.id,
        action: "create",
        old_value: null,
        new_value: JSON.stringify({ kind: input.kind, fileName: input.fileName, rowsRead: plan.rowsRead, ...written }),
      })
      .execute();
    return { status: "imported", importId: created.id, rowsRead: plan.rowsRead, written };
  });

  logOutcome(input, outcome);
  if (outcome.status === "imported") await refreshScoresAfterImport(db, outcome.importId, now);
  return outcome;
}

/**
 * Add one file error per closed quarter that planned snapshots count in, naming the quarter, the
 * number of snapshots and the first of them. Aggregated kinds (CRM deals, timesheets) have no
 * single source row per snapshot, so the error sits on the file.
 */
async function withClosedQuarterErrors(db: Kysely<Database>, plan: ImportPlan): Promise<ImportPlan> {
  const periods = plan.snapshots.map((s) => ({ start: s.periodStart, end: s.periodEnd }));
  const found = await findPeriodsInClosedQuarters(db, periods);
  if (found.length === 0) return plan;

  const byQuarter = new Map<string, { count: number; first: PlannedSnapshot }>();
  for (const { index, quarter } of found) {
    const entry = byQuarter.get(quarter);
    if (entry) entry.count += 1;
    else byQuarter.set(quarter, { count: 1, first: plan.snapshots[index] });
  }
  const errors: RowError[] = [...byQuarter].map(([quarter, { count, first }]) => ({
    row: 1,
    column: "",
    value: quarter,
    code: "closed_quarter",
    params: { quarter, count, metric: first.metricKey, team: first.teamKey, start: first.periodStart, end: first.periodEnd },
  }));
  return { ...plan, errors: [...errors, ...plan.errors] };
}

/** Import CSV text, as the demo loader does with its files; the text is stored as UTF-8. */
export async function importCsvText(
  db: Kysely<Database>,
  actor: Actor,
  input: Omit<ImportInput, "content" | "numberFormat" | "mapping"> &
    Partial<Pick<ImportInput, "numberFormat" | "mapping">> & { text: string },
  now: Date,
  options: { source?: "import" | "demo" } = {},
): Promise<ImportOutcome> {
  const { text, ...rest } = input;
  const content = new TextEncoder().encode(text);
  return runImport(db, actor, { numberFormat: "auto", mapping: {}, ...rest, content }, now, options);
}

async function findPreviousImport(db: Kysely<Database>, kind: ImportKind, hash: string): Promise<PreviousImport | null> {
  const row = await db
    .selectFrom("imports")
    .select(["id", "created_at"])
    .where("kind", "=", kind)
    .where("file_hash", "=", hash)
    .orderBy("id")
    .executeTakeFirst();
  return row ? { importId: row.id, importedAt: row.created_at } : null;
}

function toPreview(input: ImportInput, hash: string, plan: ImportPlan, previous: PreviousImport | null): ImportPreview {
  const { snapshots, ...rest } = plan;
  return {
    ...rest,
    kind: input.kind,
    fileName: input.fileName,
    fileHash: hash,
    snapshotCount: snapshots.length,
    sample: snapshots.slice(0, PREVIEW_SAMPLE_SIZE),
    alreadyImported: previous,
    overlaps: [],
    overlapCount: 0,
  };
}

function logOutcome(input: ImportInput, outcome: ImportOutcome) {
  const base = { kind: input.kind, fileName: input.fileName };
  if (outcome.status === "imported") {
    logger.info({ ...base, importId: outcome.importId, rowsRead: outcome.rowsRead, ...outcome.written }, "import written");
  } else if (outcome.status === "already_imported") {
    logger.info({ ...base, importId: outcome.importId }, "import unchanged: file already imported with these values");
  } else {
    logger.info({ ...base, errors: outcome.preview.errors.length }, "import rejected: row errors");
  }
}

async function refreshScoresAfterImport(db: Kysely<Database>, importId: number, now: Date) {
  try {
    await refreshScores(db, { today: await companyToday(db, now), now });
  } catch (error) {
    // The snapshots are committed; the scores catch up at the next refresh.
    logger.error({ err: error, importId }, "score refresh after import failed");
  }
}
