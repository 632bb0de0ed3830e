import type { Kysely } from "kysely";
import type { Database, Person } from "../../db/schema";
import { type FieldErrors, type WriteResult, invalid } from "../components/forms/field-errors";
import { inTransaction, recordAudit } from "../okr/audit.server";
import type { Actor } from "./actor.server";
import type { PersonInput } from "./forms";

// TODO(people): only admins should change people and roles; every actor is an admin until sign-in exists.

export async function listPeople(db: Kysely<Database>): Promise<Person[]> {
  return db.selectFrom("people").selectAll().orderBy("name").execute();
}

export async function getPerson(db: Kysely<Database>, id: number): Promise<Person | undefined> {
  return db.selectFrom("people").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Create a person; the email (stored in lowercase) must be unique. */
export async function createPerson(
  db: Kysely<Database>,
  actor: Actor,
  input: PersonInput,
  now: Date,
): Promise<WriteResult> {
  const errors = await checkPerson(db, input, null);
  if (Object.keys(errors).length > 0) return invalid(errors);

  return inTransaction(db, async (trx) => {
    const row = await trx.insertInto("people").values(toColumns(input)).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "person", entityId: row.id, action: "create", oldValue: null, newValue: row }, now);
    return { ok: true, id: row.id };
  });
}

/** Update a person, role included; returns null for an unknown person. */
export async function updatePerson(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  input: PersonInput,
  now: Date,
): Promise<WriteResult | null> {
  const old = await getPerson(db, id);
  if (!old) return null;

  const errors = await checkPerson(db, input, id);
  if (Object.keys(errors).length > 0) return invalid(errors);

  return inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable("people")
      .set(toColumns(input))
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { entity: "person", entityId: id, action: "update", oldValue: old, newValue: row }, now);
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
