import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { testContext } from "../support/db";

/** The language cookie as the app serialises "en". */
export const ENGLISH = "lang=ImVuIg%3D%3D";

export function get(db: Kysely<Database>, path: string, params: Record<string, string> = {}, cookie?: string): LoaderFunctionArgs {
  const headers = cookie ? { Cookie: cookie } : undefined;
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
  const headers = cookie ? { Cookie: cookie } : undefined;
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
