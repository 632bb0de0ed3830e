import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema";
import { loadLookups } from "../imports/lookups.server";
import { type SnapshotInput, type SnapshotWriteResult, writeSnapshots } from "../kpi/snapshots.server";
import { logger } from "../logger.server";
import { inTransaction } from "../okr/audit.server";
import type { Actor } from "../people/actor.server";
import { ledTeamIds } from "../people/permissions.server";
import { findPeriodsInClosedQuarters } from "../quarters/closed-quarters.server";
import { ApiError, type ApiIssue, invalidRequest } from "./errors";
import { refreshScoresAfterApiWrite } from "./refresh.server";
import { MAX_BATCH_ITEMS, snapshotBatchSchema, snapshotItemSchema } from "./schemas";
import type { AuthenticatedToken } from "./tokens.server";
import { issuesFromZod } from "./validation";

type ResolvedItem = SnapshotInput & { index: number };
type SnapshotItem = z.output<typeof snapshotItemSchema>;

/**
 * Write a batch of snapshots all-or-nothing, with source "api". Checks the shape of every item and
 * the metric and team keys. Also checks that a stock metric has a single day, that no period
 * repeats and that no period counts in a closed quarter. Any problem rejects the whole batch, with
 * every problem found. Writing the same batch twice changes nothing the second time.
 */
export async function writeSnapshotBatch(
  db: Kysely<Database>,
  actor: Actor,
  token: AuthenticatedToken,
  body: unknown,
  now: Date,
): Promise<SnapshotWriteResult & { items: number }> {
  checkBatchSize(body);
  const parsed = snapshotBatchSchema.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    // Items are checked against the database too, so that one response lists every problem: items
    // of the right shape fully, the others on their metric and team keys.
    const shapeIssues = issuesFromZod(parsed.error);
    const raw = (body as { items?: unknown }).items;
    const wellFormed: { index: number; item: SnapshotItem }[] = [];
    const malformed: { index: number; item: unknown }[] = [];
    (Array.isArray(raw) ? raw : []).forEach((candidate, index) => {
      const item = snapshotItemSchema.safeParse(candidate);
      if (item.success) wellFormed.push({ index, item: item.data });
      else malformed.push({ index, item: candidate });
    });
    const { issues } = await resolveItems(db, wellFormed);
    const keyIssues = await unknownKeyIssues(db, malformed, shapeIssues);
    throw invalidRequest(byIndex([...shapeIssues, ...issues, ...keyIssues]));
  }

  const { rows, issues } = await resolveItems(db, parsed.data.items.map((item, index) => ({ index, item })));
  await requireSnapshotTeams(db, actor, rows);
  const closed = await findPeriodsInClosedQuarters(db, rows.map((row) => ({ start: row.periodStart, end: row.periodEnd })));
  for (const { index, quarter } of closed) {
    const item = parsed.data.items[rows[index].index];
    const field = item.date === undefined ? "periodStart" : "date";
    issues.push({ index: rows[index].index, field, code: "closed_quarter", value: item[field], params: { quarter } });
  }
  if (issues.length > 0) throw invalidRequest(byIndex(issues));

  const written = await inTransaction(db, async (trx) => {
    const result = await writeSnapshots(trx, rows, { source: "api", actorId: actor.personId, now });
    await trx
      .insertInto("audit_entries")
      .values({
        actor_id: actor.personId,
        at: now.toISOString(),
        entity: "api_token",
        entity_id: token.id,
        action: "write_snapshots",
        old_value: null,
        new_value: JSON.stringify({ token: token.name, items: rows.length, ...result }),
      })
      .execute();
    return result;
  });
  logger.info({ tokenId: token.id, items: rows.length, ...written }, "API snapshots written");
  // Without a period every quarter is scored, because a snapshot may count in any quarter through a trailing window.
  if (written.inserted + written.replaced > 0) await refreshScoresAfterApiWrite(db, now, [undefined], { tokenId: token.id });
  return { items: rows.length, ...written };
}

/** Reject an empty batch or one over the limit before checking its items one by one. */
function checkBatchSize(body: unknown) {
  const items = body !== null && typeof body === "object" ? (body as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) return;
  if (items.length === 0) throw new ApiError(422, "empty_batch");
  if (items.length > MAX_BATCH_ITEMS) throw new ApiError(422, "batch_too_large", { count: items.length, max: MAX_BATCH_ITEMS });
}

/**
 * Throw 403 unless the token's actor may write snapshots for every team of the batch, by the rule
 * of the snapshot and import pages: admins for every team, leads for the teams they lead and
 * their subteams, members for none.
 */
async function requireSnapshotTeams(db: Kysely<Database>, actor: Actor, rows: ResolvedItem[]) {
  if (actor.role === "admin") return;
  const allowed = await ledTeamIds(db, actor);
  const refused = [...new Set(rows.map((row) => row.teamId))].filter((teamId) => !allowed.has(teamId));
  if (refused.length === 0) return;

  const keys = await db.selectFrom("teams").select("key").where("id", "in", refused).orderBy("key").execute();
  throw new ApiError(403, "forbidden_snapshot_teams", { teams: keys.map((team) => team.key).join(", ") });
}

/** Sort issues by item, keeping the order of each item's issues (the sort is stable). */
const byIndex = (issues: ApiIssue[]) => issues.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));

// Keys match as in the CSV import: trimmed and case-insensitive.
const normalise = (text: string) => text.trim().toLowerCase();

async function loadKeys(db: Kysely<Database>) {
  const lookups = await loadLookups(db);
  return {
    metrics: new Map(lookups.metrics.map((metric) => [normalise(metric.key), metric])),
    teams: new Map(lookups.teams.map((team) => [normalise(team.key), team])),
  };
}

/** Report unknown metric and team keys of items whose shape is invalid, where the key field itself is a valid string. */
async function unknownKeyIssues(db: Kysely<Database>, items: { index: number; item: unknown }[], shapeIssues: ApiIssue[]) {
  const { metrics, teams } = await loadKeys(db);
  const issues: ApiIssue[] = [];
  for (const { index, item } of items) {
    if (item === null || typeof item !== "object") continue;
    const fields = item as Record<string, unknown>;
    for (const [field, known, code] of [["metric", metrics, "unknown_metric"], ["team", teams, "unknown_team"]] as const) {
      const value = fields[field];
      const shapeIssue = shapeIssues.some((issue) => issue.index === index && issue.field === field);
      if (typeof value === "string" && !shapeIssue && !known.has(normalise(value))) issues.push({ index, field, code, value });
    }
  }
  return issues;
}

/** Match metric and team keys, and check the stock rule and repeated periods, item by item. */
async function resolveItems(db: Kysely<Database>, items: { index: number; item: SnapshotItem }[]) {
  const { metrics, teams } = await loadKeys(db);

  const rows: ResolvedItem[] = [];
  const issues: ApiIssue[] = [];
  const firstIndexOf = new Map<string, number>();
  for (const { index, item } of items) {
    const metric = metrics.get(normalise(item.metric));
    const team = teams.get(normalise(item.team));
    const periodStart = item.date ?? item.periodStart!;
    const periodEnd = item.date ?? item.periodEnd!;
    const before = issues.length;
    if (!metric) issues.push({ index, field: "metric", code: "unknown_metric", value: item.metric });
    if (!team) issues.push({ index, field: "team", code: "unknown_team", value: item.team });
    if (metric?.kind === "stock" && periodStart !== periodEnd) {
      issues.push({ index, field: "periodEnd", code: "stock_needs_date", value: periodEnd, params: { metric: metric.key } });
    }
    if (!metric || !team || issues.length > before) continue;

    const key = `${metric.id}|${team.id}|${periodStart}|${periodEnd}`;
    const first = firstIndexOf.get(key);
    if (first !== undefined) {
      issues.push({ index, field: item.date === undefined ? "periodStart" : "date", code: "duplicate_snapshot", params: { first } });
      continue;
    }
    firstIndexOf.set(key, index);
    rows.push({ index, metricId: metric.id, teamId: team.id, periodStart, periodEnd, value: item.value });
  }
  return { rows, issues };
}
