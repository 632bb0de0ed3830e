import type { Kysely } from "kysely";
import { assertCanWriteSnapshotTeams } from "../people/permissions.server";
import type { Database, MetricKind, SnapshotSource } from "../../db/schema";
import type { FieldErrors } from "../components/forms/field-errors";
import { inTransaction, recordAudit } from "../okr/audit.server";
import type { Actor } from "../people/actor.server";
import { findPeriodsInClosedQuarters } from "../quarters/closed-quarters.server";
import type { SnapshotEntryInput } from "./snapshot-entry";
import { writeSnapshots } from "./snapshots.server";

export type SnapshotEntryResult =
  | { ok: true; id: number; outcome: "inserted" | "unchanged" }
  | { ok: true; id: number; outcome: "replaced"; oldValue: number }
  | { ok: false; errors: FieldErrors };

/**
 * Record one snapshot entered by hand, with source "manual". A value for a period that already has
 * one replaces it; the result then contains the old value, and writeSnapshots audits the change. A new
 * snapshot gets a "create" audit entry. A stock metric takes a single day only, and a period whose
 * middle day lies in a closed quarter is rejected on the field "period".
 */
export async function recordManualSnapshot(
  db: Kysely<Database>,
  actor: Actor,
  input: SnapshotEntryInput,
  now: Date,
): Promise<SnapshotEntryResult> {
  await assertCanWriteSnapshotTeams(db, actor, [input.teamId]);
  const errors: FieldErrors = {};
  const metric = await db.selectFrom("metrics").select(["id", "kind"]).where("id", "=", input.metricId).executeTakeFirst();
  if (!metric) errors.metricId = { code: "unknown_metric" };
  else if (metric.kind === "stock" && input.period.start !== input.period.end) errors.periodType = { code: "stock_single_day" };

  const team = await db.selectFrom("teams").select("id").where("id", "=", input.teamId).executeTakeFirst();
  if (!team) errors.teamId = { code: "unknown_team" };

  const [closed] = await findPeriodsInClosedQuarters(db, [input.period]);
  if (closed) errors.period = { code: "closed_quarter", params: { quarter: closed.quarter } };
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  return inTransaction(db, async (trx) => {
    const old = await findSnapshot(trx, input);
    const row = { metricId: input.metricId, teamId: input.teamId, periodStart: input.period.start, periodEnd: input.period.end, value: input.value };
    await writeSnapshots(trx, [row], { source: "manual", actorId: actor.personId, now });

    const saved = await findSnapshot(trx, input);
    if (!saved) throw new Error(`Snapshot of metric ${input.metricId} for team ${input.teamId} was not written`);
    if (old && old.value !== input.value) return { ok: true, id: saved.id, outcome: "replaced", oldValue: old.value };
    if (old) return { ok: true, id: saved.id, outcome: "unchanged" };

    await recordAudit(trx, actor, { entity: "metric_snapshot", entityId: saved.id, action: "create", oldValue: null, newValue: saved }, now);
    return { ok: true, id: saved.id, outcome: "inserted" };
  });
}

async function findSnapshot(db: Kysely<Database>, input: SnapshotEntryInput) {
  return db
    .selectFrom("metric_snapshots")
    .selectAll()
    .where("metric_id", "=", input.metricId)
    .where("team_id", "=", input.teamId)
    .where("period_start", "=", input.period.start)
    .where("period_end", "=", input.period.end)
    .executeTakeFirst();
}

/** A stored snapshot with the names a list shows. */
export interface SnapshotListRow {
  id: number;
  metricKey: string;
  metricNameNl: string;
  metricNameEn: string;
  unit: string;
  kind: MetricKind;
  teamName: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  source: SnapshotSource;
  recordedAt: string;
  recordedBy: string | null;
}

/** List the most recently recorded snapshots, newest first. */
export async function listLatestSnapshots(db: Kysely<Database>, limit: number): Promise<SnapshotListRow[]> {
  return snapshotRows(db).orderBy("s.recorded_at", "desc").orderBy("s.id", "desc").limit(limit).execute();
}

/** Load one snapshot with its names; undefined when there is none. */
export async function getSnapshotRow(db: Kysely<Database>, id: number): Promise<SnapshotListRow | undefined> {
  return snapshotRows(db).where("s.id", "=", id).executeTakeFirst();
}

function snapshotRows(db: Kysely<Database>) {
  return db
    .selectFrom("metric_snapshots as s")
    .innerJoin("metrics as m", "m.id", "s.metric_id")
    .innerJoin("teams as t", "t.id", "s.team_id")
    .leftJoin("people as p", "p.id", "s.recorded_by")
    .select([
      "s.id",
      "m.key as metricKey",
      "m.name_nl as metricNameNl",
      "m.name_en as metricNameEn",
      "m.unit",
      "m.kind",
      "t.name as teamName",
      "s.period_start as periodStart",
      "s.period_end as periodEnd",
      "s.value",
      "s.source",
      "s.recorded_at as recordedAt",
      "p.name as recordedBy",
    ]);
}

/**
 * Count the other snapshots of the same flow metric and team whose periods overlap this one's (a
 * week inside a month). A KPI sums both, so the page warns. Stocks are single days: none overlap.
 */
export async function countOverlappingSnapshots(db: Kysely<Database>, snapshotId: number): Promise<number> {
  const row = await db
    .selectFrom("metric_snapshots")
    .innerJoin("metrics", "metrics.id", "metric_snapshots.metric_id")
    .select(["metric_id", "team_id", "period_start", "period_end", "metrics.kind"])
    .where("metric_snapshots.id", "=", snapshotId)
    .executeTakeFirst();
  if (!row || row.kind !== "flow") return 0;

  const { count } = await db
    .selectFrom("metric_snapshots")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("metric_id", "=", row.metric_id)
    .where("team_id", "=", row.team_id)
    .where("period_start", "<=", row.period_end)
    .where("period_end", ">=", row.period_start)
    .where("id", "!=", snapshotId)
    .executeTakeFirstOrThrow();
  return Number(count);
}
