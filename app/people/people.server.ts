import type { Kysely } from "kysely";
import type { Database, Person as PersonRow } from "../../db/schema";
import { deleteSessionsOf } from "../auth/session.server";
import { type FieldErrors, type WriteResult, invalid } from "../components/forms/field-errors";
import { inTransaction, recordAudit } from "../okr/audit.server";
import type { Actor } from "./actor.server";
import type { PersonInput } from "./forms";
import { requireRole } from "./permissions.server";

/** A person without the password hash, which never leaves this module, a page or the audit log. */
export type Person = Omit<PersonRow, "password_hash">;

const PUBLIC_COLUMNS = ["id", "name", "email", "role", "team_id", "started_on", "ended_on", "created_at"] as const;

export async function listPeople(db: Kysely<Database>): Promise<Person[]> {
  return db.selectFrom("people").select(PUBLIC_COLUMNS).orderBy("name").execute();
}

export async function getPerson(db: Kysely<Database>, id: number): Promise<Person | undefined> {
  return db.selectFrom("people").select(PUBLIC_COLUMNS).where("id", "=", id).executeTakeFirst();
}

/** Flag whether the person has set a password (signed up). */
export async function hasPassword(db: Kysely<Database>, id: number): Promise<boolean> {
  const row = await db.selectFrom("people").select("password_hash").where("id", "=", id).executeTakeFirst();
  return Boolean(row?.password_hash);
}

/** Create a person (admins only); the email (stored in lowercase) must be unique. */
export async function createPerson(
  db: Kysely<Database>,
  actor: Actor,
  input: PersonInput,
  now: Date,
): Promise<WriteResult> {
  requireRole(actor, "admin");
  const errors = await checkPerson(db, input, null);
  if (Object.keys(errors).length > 0) return invalid(errors);

  return inTransaction(db, async (trx) => {
    const row = await trx.insertInto("people").values(toColumns(input)).returning(PUBLIC_COLUMNS).executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "person", entityId: row.id, action: "create", oldValue: null, newValue: row }, now);
    return { ok: true, id: row.id };
  });
}

/**
 * Update a person, role included (admins only); returns null for an unknown person. A change of
 * role or an end of employment signs the person out everywhere, so that it applies at once.
 */
export async function updatePerson(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  input: PersonInput,
  now: Date,
): Promise<WriteResult | null> {
  requireRole(actor, "admin");
  const old = await getPerson(db, id);
  if (!old) return null;

  const errors = { ...(await checkPerson(db, input, id)), ...(await checkAdminRemains(db, old, input, now)) };
  if (Object.keys(errors).length > 0) return invalid(errors);

  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("people")
      .set(toColumns(input))
      .where("id", "=", id)
      .returning(PUBLIC_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "person", entityId: id, action: "update", oldValue: old, newValue: row }, now);
    if (old.role !== row.role || old.ended_on !== row.ended_on) await deleteSessionsOf(trx, id);
    return { ok: true, id };
  });
}

function toColumns(input: PersonInput) {
  return {
    name: input.name,
    email: input.email,
    role: input.role,
    team_id: input.teamId,
    started_on: input.startedOn,
    ended_on: input.endedOn,
  };
}

async function checkPerson(db: Kysely<Database>, input: PersonInput, id: number | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  let sameEmail = db.selectFrom("people").select("id").where("email", "=", input.email);
  if (id !== null) sameEmail = sameEmail.where("id", "!=", id);
  if (await sameEmail.executeTakeFirst()) errors.email = { code: "duplicate_email", params: { value: input.email } };

  const team = await db.selectFrom("teams").select("id").where("id", "=", input.teamId).executeTakeFirst();
  if (!team) errors.teamId = { code: "unknown_team" };
  return errors;
}

/**
 * Reject a change of role or end date that takes away the last admin who can sign in: someone
 * with the admin role, a password and no end date in the past. Any end date on the edited
 * person counts as leaving, so a sole admin cannot plan their own lock-out for next month.
 */
async function checkAdminRemains(db: Kysely<Database>, old: Person, input: PersonInput, now: Date): Promise<FieldErrors> {
  if (old.role !== "admin") return {};
  const losesAdmin = input.role !== "admin";
  const leaves = input.endedOn !== null && input.endedOn !== old.ended_on;
  if (!losesAdmin && !leaves) return {};

  // An admin who cannot sign in now takes no access away.
  const today = now.toISOString().slice(0, 10);
  if (!(await hasPassword(db, old.id)) || (old.ended_on !== null && old.ended_on < today)) return {};
  const otherAdmin = await db
    .selectFrom("people")
    .select("id")
    .where("role", "=", "admin")
    .where("id", "!=", old.id)
    .where("password_hash", "is not", null)
    .where((eb) => eb.or([eb("ended_on", "is", null), eb("ended_on", ">=", today)]))
    .executeTakeFirst();
  if (otherAdmin) return {};
  return losesAdmin ? { role: { code: "last_admin" } } : { endedOn: { code: "last_admin" } };
}
