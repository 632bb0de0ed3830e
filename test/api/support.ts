import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { createApiToken } from "~/api/tokens.server";
import { testContext } from "../support/db";

/** Insert a company with Sales (and Sales East under it) and Delivery, an admin and a member. */
export async function seedApiCompany(db: Kysely<Database>) {
  const team = async (key: string, name: string, parentId: number | null) =>
    (await db.insertInto("teams").values({ key, name, parent_id: parentId, lead_person_id: null }).returning("id").executeTakeFirstOrThrow()).id;
  const companyId = await team("company", "Company", null);
  const salesId = await team("sales", "Sales", companyId);
  const salesEastId = await team("sales-east", "Sales East", salesId);
  const deliveryId = await team("delivery", "Delivery", companyId);
  const person = async (name: string, email: string, role: "admin" | "member") =>
    (await db.insertInto("people").values({ name, email, role, team_id: companyId, started_on: null, ended_on: null }).returning("id").executeTakeFirstOrThrow()).id;
  const adminId = await person("Anna Admin", "anna@example.com", "admin");
  const memberId = await person("Bob Member", "bob@example.com", "member");
  return { companyId, salesId, salesEastId, deliveryId, adminId, memberId };
}

/** Create a token as the given person, acting as an admin, and return it. */
export async function tokenFor(db: Kysely<Database>, personId: number | null, scope: "read" | "write", name = `${scope}-${Math.random()}`) {
  const role = "admin" as const;
  const result = await createApiToken(db, { personId, role }, { name, scope }, new Date("2026-12-01T08:00:00Z"));
  if (!result.ok) throw new Error(`token not created: ${JSON.stringify(result.errors)}`);
  return result.token;
}

type Handler = (args: { request: Request; context: ReturnType<typeof testContext>; params: Record<string, string> }) => Promise<Response>;

export interface ApiRequest {
  method?: string;
  path: string;
  token?: string | null;
  body?: unknown;
  /** Raw body text; sent instead of body. */
  text?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  now?: Date;
}

/** Send a request to a route module's loader (GET) or action (other methods) and parse the JSON response. */
export async function send(db: Kysely<Database>, route: { loader: unknown; action?: unknown }, request: ApiRequest) {
  const method = request.method ?? (request.body === undefined && request.text === undefined ? "GET" : "POST");
  const headers = new Headers(request.headers);
  if (request.token) headers.set("Authorization", `Bearer ${request.token}`);
  const body = request.text ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  if (body !== undefined && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");

  const handler = (method === "GET" ? route.loader : route.action) as Handler;
  const response = await handler({
    request: new Request(`http://localhost${request.path}`, { method, headers, body }),
    context: testContext(db, request.now),
    params: request.params ?? {},
  });
  const json = (await response.json()) as Record<string, any>;
  return { status: response.status, headers: response.headers, json };
}

export const snapshotCount = async (db: Kysely<Database>) => (await db.selectFrom("metric_snapshots").select("id").execute()).length;
