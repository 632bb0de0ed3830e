import { createCookie } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { hashToken, randomToken } from "./tokens.server";

/** A session lasts 14 days from sign-in; signing in again starts a new one. */
export const SESSION_DAYS = 14;
const SESSION_MS = SESSION_DAYS * 24 * 60 * 60 * 1000;

const sessionCookie = createCookie("okr_session", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: SESSION_DAYS * 24 * 60 * 60,
});

/** Check whether the browser reached the app over HTTPS, directly or through a proxy that sets X-Forwarded-Proto. */
export function isHttps(request: Request): boolean {
  if (new URL(request.url).protocol === "https:") return true;
  return request.headers.get("X-Forwarded-Proto")?.split(",")[0]?.trim() === "https";
}

/** Read the session token from the request's cookie, or null. */
export async function readSessionToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** Start a session for a person and return its token, to be set as the cookie. */
export async function createSession(db: Kysely<Database>, personId: number, now: Date): Promise<string> {
  const token = randomToken();
  await db
    .insertInto("sessions")
    .values({
      token_hash: hashToken(token),
      person_id: personId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_MS).toISOString(),
    })
    .execute();
  return token;
}

/** Return the person id of a valid, unexpired session token, or null. */
export async function findSessionPerson(db: Kysely<Database>, token: string, now: Date): Promise<number | null> {
  const row = await db
    .selectFrom("sessions")
    .select("person_id")
    .where("token_hash", "=", hashToken(token))
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/** End one session (sign-out). */
export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", hashToken(token)).execute();
}

/** End every session of a person: after a password change or reset, and when a role changes. */
export async function deleteSessionsOf(db: Kysely<Database>, personId: number): Promise<void> {
  await db.deleteFrom("sessions").where("person_id", "=", personId).execute();
}

/** Remove expired sessions; called at sign-in so that the table does not grow without bound. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", now.toISOString()).execute();
}

/** Build the Set-Cookie header value that stores the session token (Secure over HTTPS). */
export function sessionCookieHeader(request: Request, token: string): Promise<string> {
  return sessionCookie.serialize(token, { secure: isHttps(request) });
}

/** Build the Set-Cookie header value that removes the session cookie. */
export function clearSessionCookieHeader(request: Request): Promise<string> {
  return sessionCookie.serialize("", { secure: isHttps(request), maxAge: 0, expires: new Date(0) });
}
