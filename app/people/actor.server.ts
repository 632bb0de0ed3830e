import { redirect } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/schema";
import { assertSameOrigin } from "../auth/csrf.server";
import { findSessionPerson, readSessionToken } from "../auth/session.server";

/** The person on whose behalf a loader or action runs. */
export interface Actor {
  /** null only for the system itself (start-up, scripts, the demo loader), never for a request. */
  personId: number | null;
  role: Role;
  name?: string;
  email?: string;
}

/**
 * Return the signed-in person of a request, or null without a valid session. A person whose
 * employment ended before today (UTC) can no longer act.
 */
export async function getActor(request: Request, db: Kysely<Database>, now: Date = new Date()): Promise<Actor | null> {
  const token = await readSessionToken(request);
  if (token === null) return null;
  const personId = await findSessionPerson(db, token, now);
  if (personId === null) return null;

  const person = await db
    .selectFrom("people")
    .select(["id", "role", "name", "email", "ended_on"])
    .where("id", "=", personId)
    .executeTakeFirst();
  if (!person) return null;
  if (person.ended_on !== null && person.ended_on < now.toISOString().slice(0, 10)) return null;
  return { personId: person.id, role: person.role, name: person.name, email: person.email };
}

/** The sign-in page's address that brings the reader back to this request's page afterwards. */
export function signInPath(request: Request): string {
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  return back === "/" ? "/sign-in" : `/sign-in?${new URLSearchParams({ redirectTo: back })}`;
}

/**
 * Return the signed-in person, or throw a redirect to the sign-in page. For a form post it first
 * rejects a cross-site request with 403 (CSRF protection for every action).
 */
export async function requireActor(request: Request, db: Kysely<Database>, now: Date = new Date()): Promise<Actor> {
  assertSameOrigin(request);
  const actor = await getActor(request, db, now);
  if (!actor) throw redirect(signInPath(request));
  return actor;
}
