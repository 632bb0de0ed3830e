import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { logger } from "../logger.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import { blockedUntil, clearFailures, recordFailure } from "./rate-limit.server";
import { createSession, deleteExpiredSessions } from "./session.server";

export type SignInResult =
  | { ok: true; personId: number; token: string }
  /** Unknown email, wrong password, no password yet or employment ended: one outcome for all. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "blocked"; retryAt: Date };

/**
 * Check an email and password and start a session. Failures count per account and per address
 * (the client's IP); when either is over its limit, the password is not even checked. The result
 * never tells whether the email exists.
 */
export async function signIn(
  db: Kysely<Database>,
  credentials: { email: string; password: string },
  address: string,
  now: Date,
): Promise<SignInResult> {
  const email = credentials.email.trim().toLowerCase();
  const retryAt = await blockedUntil(db, email, address, now);
  if (retryAt) {
    logger.warn({ address }, "sign-in blocked by the rate limit");
    return { ok: false, reason: "blocked", retryAt };
  }

  const person = await db
    .selectFrom("people")
    .select(["id", "password_hash", "ended_on"])
    .where("email", "=", email)
    .executeTakeFirst();
  const matches = person?.password_hash
    ? await verifyPassword(credentials.password, person.password_hash)
    : await verifyAgainstDummy(credentials.password);
  const employed = person?.ended_on == null || person.ended_on >= now.toISOString().slice(0, 10);
  if (!person || !matches || !employed) {
    await recordFailure(db, email, address, now);
    return { ok: false, reason: "invalid" };
  }

  await clearFailures(db, email);
  await deleteExpiredSessions(db, now);
  const token = await createSession(db, person.id, now);
  logger.info({ personId: person.id }, "signed in");
  return { ok: true, personId: person.id, token };
}
