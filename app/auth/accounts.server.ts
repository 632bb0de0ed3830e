import type { Kysely } from "kysely";
import type { AccountLinkPurpose, Database } from "../../db/schema";
import { inTransaction, recordAudit } from "../okr/audit.server";
import type { Actor } from "../people/actor.server";
import { requireRole } from "../people/permissions.server";
import { hashPassword, verifyPassword } from "./password.server";
import { blockedUntil, clearFailures, recordFailure } from "./rate-limit.server";
import { createSession, deleteSessionsOf } from "./session.server";
import { hashToken, randomToken } from "./tokens.server";

/** A sign-up link is valid for 7 days, a reset link for 24 hours. */
const LINK_HOURS: Record<AccountLinkPurpose, number> = { sign_up: 7 * 24, reset: 24 };

export const LINK_PATHS: Record<AccountLinkPurpose, string> = { sign_up: "/sign-up", reset: "/reset-password" };

export interface AccountLink {
  /** Path with the token, e.g. "/sign-up/abc…"; shown once to the admin and never stored. */
  path: string;
  expiresAt: string;
}

/**
 * Create a one-time sign-up or password-reset link for a person (admins only). An earlier unused
 * link of the same kind stops working. Returns null for an unknown person.
 */
export async function createAccountLink(
  db: Kysely<Database>,
  actor: Actor,
  personId: number,
  purpose: AccountLinkPurpose,
  now: Date,
): Promise<AccountLink | null> {
  requireRole(actor, "admin");
  const person = await db.selectFrom("people").select("id").where("id", "=", personId).executeTakeFirst();
  if (!person) return null;

  const token = randomToken();
  const expiresAt = new Date(now.getTime() + LINK_HOURS[purpose] * 3600_000).toISOString();
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom("account_links").where("person_id", "=", personId).where("purpose", "=", purpose).where("used_at", "is", null).execute();
    await trx
      .insertInto("account_links")
      .values({ token_hash: hashToken(token), person_id: personId, purpose, created_by: actor.personId, created_at: now.toISOString(), expires_at: expiresAt })
      .execute();
    const action = purpose === "sign_up" ? "invite" : "reset_link";
    await recordAudit(trx, actor, { entity: "person", entityId: personId, action, oldValue: null, newValue: { expires_at: expiresAt } }, now);
  });
  return { path: `${LINK_PATHS[purpose]}/${token}`, expiresAt };
}

/** Find the person a valid (unused, unexpired) link is for, or return null. */
export async function findAccountLink(db: Kysely<Database>, token: string, purpose: AccountLinkPurpose, now: Date) {
  return db
    .selectFrom("account_links")
    .innerJoin("people", "people.id", "account_links.person_id")
    .select(["account_links.id", "people.id as personId", "people.name", "people.email"])
    .where("account_links.token_hash", "=", hashToken(token))
    .where("account_links.purpose", "=", purpose)
    .where("account_links.used_at", "is", null)
    .where("account_links.expires_at", ">", now.toISOString())
    .executeTakeFirst();
}

/**
 * Set the password through a one-time link, end the person's other sessions and start a new one.
 * Returns the new session's token, or null when the link is not (or no longer) valid.
 */
export async function redeemAccountLink(
  db: Kysely<Database>,
  token: string,
  purpose: AccountLinkPurpose,
  password: string,
  now: Date,
): Promise<string | null> {
  const link = await findAccountLink(db, token, purpose, now);
  if (!link) return null;
  const passwordHash = await hashPassword(password);

  return inTransaction(db, async (trx) => {
    const used = await trx.updateTable("account_links").set({ used_at: now.toISOString() }).where("id", "=", link.id).where("used_at", "is", null).executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return null;
    await trx.updateTable("people").set({ password_hash: passwordHash }).where("id", "=", link.personId).execute();
    await deleteSessionsOf(trx, link.personId);
    const actor: Actor = { personId: link.personId, role: "member" };
    await recordAudit(trx, actor, { entity: "person", entityId: link.personId, action: "password_set", oldValue: null, newValue: { via: purpose } }, now);
    return createSession(trx, link.personId, now);
  });
}

export type ChangePasswordResult =
  | { ok: true; token: string }
  | { ok: false; reason: "wrong_current_password" }
  | { ok: false; reason: "blocked"; retryAt: Date };

/**
 * Change the signed-in person's own password after checking the current one. Every session of the
 * person ends, this one included; the returned token starts a fresh session for this browser.
 */
export async function changeOwnPassword(
  db: Kysely<Database>,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  address: string,
  now: Date,
): Promise<ChangePasswordResult> {
  if (actor.personId === null) return { ok: false, reason: "wrong_current_password" };
  const personId = actor.personId;
  const person = await db.selectFrom("people").select(["email", "password_hash"]).where("id", "=", personId).executeTakeFirst();
  if (!person) return { ok: false, reason: "wrong_current_password" };

  // A wrong current password counts as a failed sign-in of the account, so a stolen session
  // gets no more guesses than the sign-in page allows.
  const email = person.email.trim().toLowerCase();
  const retryAt = await blockedUntil(db, email, address, now);
  if (retryAt) return { ok: false, reason: "blocked", retryAt };
  if (!person.password_hash || !(await verifyPassword(input.currentPassword, person.password_hash))) {
    await recordFailure(db, email, address, now);
    return { ok: false, reason: "wrong_current_password" };
  }
  await clearFailures(db, email);

  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(db, async (trx) => {
    await trx.updateTable("people").set({ password_hash: passwordHash }).where("id", "=", personId).execute();
    await deleteSessionsOf(trx, personId);
    await recordAudit(trx, actor, { entity: "person", entityId: personId, action: "password_change", oldValue: null, newValue: null }, now);
    return { ok: true as const, token: await createSession(trx, personId, now) };
  });
}

/**
 * Set a password for a person directly: for `npm run create-admin` and the first admin from the
 * environment, where no browser and no link exist. Ends the person's sessions.
 */
export async function setPassword(db: Kysely<Database>, personId: number, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.updateTable("people").set({ password_hash: passwordHash }).where("id", "=", personId).execute();
  await deleteSessionsOf(db, personId);
}
