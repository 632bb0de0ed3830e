import type { Kysely } from "kysely";
import type { Database, Team } from "../../db/schema";
import { type FieldError, type FieldErrors, type WriteResult, invalid } from "../components/forms/field-errors";
import { inTransaction, recordAudit } from "../okr/audit.server";
import type { Actor } from "./actor.server";
import type { TeamCreateInput, TeamUpdateInput } from "./forms";
import { requireRole } from "./permissions.server";

export async function listTeams(db: Kysely<Database>): Promise<Team[]> {
  return db.selectFrom("teams").selectAll().orderBy("name").execute();
}

export async function getTeam(db: Kysely<Database>, id: number): Promise<Team | undefined> {
  return db.selectFrom("teams").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Create a team under a parent (admins only). Without a parent it becomes the company (the root team), which is
 * allowed only while there is none.
 */
export async function createTeam(
  db: Kysely<Database>,
  actor: Actor,
  input: TeamCreateInput,
  now: Date,
): Promise<WriteResult> {
  requireRole(actor, "admin");
  const errors: FieldErrors = {};
  const duplicate = await db.selectFrom("teams").select("id").where("key", "=", input.key).executeTakeFirst();
  if (duplicate) errors.key = { code: "duplicate_key", params: { value: input.key } };

  const parentError = await checkNewParent(db, input.parentId);
  if (parentError) errors.parentId = parentError;
  if (Object.keys(errors).length > 0) return invalid(errors);

  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto("teams")
      .values({ key: input.key, name: input.name, parent_id: input.parentId, lead_person_id: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "team", entityId: row.id, action: "create", oldValue: null, newValue: row }, now);
    return { ok: true, id: row.id };
  });
}

/**
 * Rename a team, move it under another parent or set its lead. The company stays the root, and a
 * team cannot move under itself or one of its subteams. Returns null for an unknown team.
 */
export async function updateTeam(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  input: TeamUpdateInput,
  now: Date,
): Promise<WriteResult | null> {
  requireRole(actor, "admin");
  const old = await getTeam(db, id);
  if (!old) return null;

  const errors: FieldErrors = {};
  const parentError = await checkMove(db, old, input.parentId);
  if (parentError) errors.parentId = parentError;
  if (input.leadPersonId !== null) {
    const lead = await db.selectFrom("people").select("id").where("id", "=", input.leadPersonId).executeTakeFirst();
    if (!lead) errors.leadPersonId = { code: "unknown_person" };
  }
  if (Object.keys(errors).length > 0) return invalid(errors);

  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("teams")
      .set({ name: input.name, parent_id: input.parentId, lead_person_id: input.leadPersonId })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "team", entityId: id, action: "update", oldValue: old, newValue: row }, now);
    return { ok: true, id };
  });
}

async function checkNewParent(db: Kysely<Database>, parentId: number | null): Promise<FieldError | null> {
  if (parentId === null) {
    const root = await db.selectFrom("teams").select("id").where("parent_id", "is", null).executeTakeFirst();
    return root ? { code: "required" } : null;
  }
  const parent = await getTeam(db, parentId);
  return parent ? null : { code: "unknown_team" };
}

async function checkMove(db: Kysely<Database>, team: Team, parentId: number | null): Promise<FieldError | null> {
  if (team.parent_id === null) return parentId === null ? null : { code: "root_stays_root" };
  if (parentId === null) return { code: "required" };
  if (parentId === team.id) return { code: "parent_cycle" };

  const rows = await db.selectFrom("teams").select(["id", "parent_id", "name"]).execute();
  const parent = rows.find((row) => row.id === parentId);
  if (!parent) return { code: "unknown_team" };

  const parents = new Map(rows.map((row) => [row.id, row.parent_id]));
  const seen = new Set<number>();
  for (let current: number | null = parentId; current !== null; current = parents.get(current) ?? null) {
    if (current === team.id) return { code: "parent_cycle", params: { parent: parent.name } };
    if (seen.has(current)) break;
    seen.add(current);
  }
  return null;
}
