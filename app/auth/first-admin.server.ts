import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema";
import { recordAudit } from "../okr/audit.server";
import { setPassword } from "./accounts.server";
import { MIN_PASSWORD_LENGTH } from "./password-rules";

export const adminInputSchema = z.object({
  email: z.email({ error: "ADMIN_EMAIL / --email must be an email address, for example anne@company.nl" }).transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1, { error: "ADMIN_NAME / --name must not be empty" }).max(100),
  password: z.string().min(MIN_PASSWORD_LENGTH, { error: `the password must have at least ${MIN_PASSWORD_LENGTH} characters` }).max(200),
});

export type AdminInput = z.output<typeof adminInputSchema>;

/** Whether any admin can sign in, that is has a password. */
export async function hasAdminWithPassword(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("people").select("id").where("role", "=", "admin").where("password_hash", "is not", null).executeTakeFirst();
  return row !== undefined;
}

/**
 * Create an admin in the root team, or make the person with that email an admin, and set the
 * password. Both changes are audited with the system as actor. Fails when there is no root team.
 */
export async function createOrPromoteAdmin(db: Kysely<Database>, input: AdminInput, now: Date): Promise<{ personId: number; created: boolean }> {
  const system = { personId: null, role: "admin" as const };
  const root = await db.selectFrom("teams").select("id").where("parent_id", "is", null).executeTakeFirst();
  if (!root) throw new Error("The database has no company team yet; start the app once to create it.");

  const existing = await db.selectFrom("people").select(["id", "role"]).where("email", "=", input.email).executeTakeFirst();
  let personId: number;
  if (existing) {
    personId = existing.id;
    if (existing.role !== "admin") {
      await db.updateTable("people").set({ role: "admin" }).where("id", "=", personId).execute();
      await recordAudit(db, system, { entity: "person", entityId: personId, action: "update", oldValue: { role: existing.role }, newValue: { role: "admin" } }, now);
    }
  } else {
    const row = await db
      .insertInto("people")
      .values({ name: input.name, email: input.email, role: "admin", team_id: root.id, started_on: null, ended_on: null })
      .returning(["id", "name", "email", "role", "team_id"])
      .executeTakeFirstOrThrow();
    personId = row.id;
    await recordAudit(db, system, { entity: "person", entityId: personId, action: "create", oldValue: null, newValue: row }, now);
  }

  await setPassword(db, personId, input.password);
  await recordAudit(db, system, { entity: "person", entityId: personId, action: "password_set", oldValue: null, newValue: { via: "create-admin" } }, now);
  return { personId, created: !existing };
}
