import type { Kysely } from "kysely";
import type { Database } from "../../../db/schema";
import type { RouteFixture } from "./fixture";

/** Who sends the request: nobody signed in, or a person with that role (see fixture.ts). */
export type Who = "anonymous" | "member" | "lead" | "admin";

/**
 * One request to one route and the status each kind of user must get. Redirects count as 302,
 * a returned page or data as 200, data(…, { status }) and thrown Responses as their status.
 */
export interface RouteRule {
  /** Route id: the file name in app/routes without extension, e.g. "objectives.$objectiveId.edit". */
  route: string;
  /** GET calls the loader, POST the action. */
  method: "GET" | "POST";
  /** Path with search, e.g. "/objectives/12/edit"; a function receives the fixture's ids. */
  path: string | ((fixture: RouteFixture) => string);
  /** Route params as Remix would pass them. */
  params?: Record<string, string> | ((fixture: RouteFixture) => Record<string, string>);
  /** Form fields of a POST. */
  form?: Record<string, string> | ((fixture: RouteFixture) => Record<string, string>);
  /** Extra request headers, e.g. an API token. */
  headers?: Record<string, string> | ((fixture: RouteFixture) => Record<string, string>);
  /** Runs on the case's own copy of the database before the request, e.g. to add rows. */
  setup?: (db: Kysely<Database>, fixture: RouteFixture) => Promise<void>;
  expect: Record<Who, number>;
  /** Short description shown in the test name. */
  note?: string;
}
