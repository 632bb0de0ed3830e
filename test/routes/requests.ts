import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { hashToken, randomToken } from "~/auth/tokens.server";
import { testContext } from "../support/db";

/** The language cookie as the app serialises "en". */
export const ENGLISH = "lang=ImVuIg%3D%3D";

/**
 * Return the Cookie header of a session of the database's first admin, the person these route tests act
 * as. The session row is inserted without waiting: Kysely runs the queries of one SQLite
 * connection in the order they were started, so the row exists before the loader or action
 * under test reads it. Without an admin the insert fails silently and the request is anonymous.
 */
export function adminCookie(db: Kysely<Database>, cookie?: string): string {
  const token = randomToken();
  const firstAdmin = db.selectFrom("people").select("id").where("role", "=", "admin").orderBy("id").limit(1);
  void db
    .insertInto("sessions")
    .values({ token_hash: hashToken(token), person_id: firstAdmin, created_at: new Date().toISOString(), expires_at: new Date(Date.now() + 86_400_000).toISOString() })
    .execute()
    .catch(() => undefined);
  const session = `okr_session=${encodeURIComponent(btoa(JSON.stringify(token)))}`;
  return cookie ? `${cookie}; ${session}` : session;
}

export function get(db: Kysely<Database>, path: string, params: Record<string, string> = {}, cookie?: string): LoaderFunctionArgs {
  const headers = { Cookie: adminCookie(db, cookie) };
  return { request: new Request(`http://localhost${path}`, { headers }), context: { ...testContext(db) }, params };
}

export function post(
  db: Kysely<Database>,
  path: string,
  fields: Record<string, string>,
  params: Record<string, string> = {},
  cookie?: string,
): ActionFunctionArgs {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  const headers = { Cookie: adminCookie(db, cookie), Origin: "http://localhost" };
  return { request: new Request(`http://localhost${path}`, { method: "POST", body, headers }), context: { ...testContext(db) }, params };
}

/** Return the Location of a redirect Response, failing the test for anything else. */
export function redirectLocation(result: unknown): string {
  expect(result).toBeInstanceOf(Response);
  const response = result as Response;
  expect(response.status).toBe(302);
  return response.headers.get("Location") ?? "";
}

/** Return the body of a data(…, { status }) result after checking its status. */
export function dataWithStatus<T>(result: unknown, status: number): T {
  const wrapped = result as { type?: string; data: T; init: ResponseInit | null };
  expect(wrapped.type).toBe("DataWithResponseInit");
  expect(wrapped.init?.status).toBe(status);
  return wrapped.data;
}

/** Assert that a loader or action threw a 404 Response. */
export async function expectNotFound(run: Promise<unknown>): Promise<void> {
  const thrown = await run.then(
    () => null,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(Response);
  expect((thrown as Response).status).toBe(404);
}
