import type { Kysely } from "kysely";
import type { Database, Role } from "../../db/schema";
import { createSession } from "~/auth/session.server";

let counter = 0;

/**
 * Insert a person with a role and return their id. Without a teamId the person joins the root
 * team (created as "company" when the database has none). A lead is made lead of teamId, if given.
 * No password is set: tests sign in with signedInRequest.
 */
export async function createPersonWithRole(
  db: Kysely<Database>,
  role: Role,
  options: { teamId?: number; email?: string; name?: string } = {},
): Promise<number> {
  counter += 1;
  const teamId = options.teamId ?? (await rootTeamId(db));
  const email = options.email ?? `${role}-${counter}@example.com`;
  const person = await db
    .insertInto("people")
    .values({ name: options.name ?? `Test ${role} ${counter}`, email, role, team_id: teamId, started_on: null, ended_on: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (role === "lead" && options.teamId !== undefined) {
    await db.updateTable("teams").set({ lead_person_id: person.id }).where("id", "=", options.teamId).execute();
  }
  return person.id;
}

async function rootTeamId(db: Kysely<Database>): Promise<number> {
  const root = await db.selectFrom("teams").select("id").where("parent_id", "is", null).executeTakeFirst();
  if (root) return root.id;
  const created = await db
    .insertInto("teams")
    .values({ key: "company", name: "Company", parent_id: null, lead_person_id: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return created.id;
}

/** Start a session for a person and return its Cookie header value. */
export async function sessionCookieFor(db: Kysely<Database>, personId: number, now = new Date()): Promise<string> {
  const token = await createSession(db, personId, now);
  return `okr_session=${encodeURIComponent(btoa(JSON.stringify(token)))}`;
}

/**
 * Build a Request as a browser signed in as personId sends it: with a valid session cookie and, for a
 * POST, the Origin header of the app (http://localhost). Extra cookies in init.headers (such as
 * the language cookie) are kept. A plain-object body becomes form data.
 */
export async function signedInRequest(
  db: Kysely<Database>,
  personId: number,
  url: string,
  init: Omit<RequestInit, "body"> & { body?: BodyInit | Record<string, string> | null } = {},
): Promise<Request> {
  const absolute = new URL(url, "http://localhost");
  const headers = new Headers(init.headers);
  const session = await sessionCookieFor(db, personId);
  headers.set("Cookie", [headers.get("Cookie"), session].filter(Boolean).join("; "));

  const method = (init.method ?? (init.body ? "POST" : "GET")).toUpperCase();
  if (method !== "GET" && method !== "HEAD" && !headers.has("Origin")) headers.set("Origin", absolute.origin);

  let body = init.body ?? null;
  if (body !== null && isPlainObject(body)) {
    const form = new FormData();
    for (const [name, value] of Object.entries(body)) form.set(name, value);
    body = form;
  }
  return new Request(absolute, { ...init, method, headers, body: body as BodyInit | null });
}

function isPlainObject(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
