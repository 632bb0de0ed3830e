import { randomUUID } from "node:crypto";
import type { ActionFunctionArgs, AppLoadContext } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { ApiTokenScope, Database, Role } from "../../db/schema";
import { translator } from "../i18n/i18n";
import type { Language } from "../i18n/language";
import { logger } from "../logger.server";
import type { Actor } from "../people/actor.server";
import { ClosedQuarterError } from "../quarters/closed-quarters.server";
import { ApiError, type ApiIssue } from "./errors";
import { apiLanguage, jsonResponse } from "./http.server";
import { TokenBucketLimiter } from "./rate-limit";
import { type AuthenticatedToken, authenticateToken } from "./tokens.server";

export const HTTP_METHODS = ["GET", "POST", "PATCH"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** 120 requests at once per token, then 2 a second: a nightly script never waits, a runaway loop does. */
export const RATE_LIMIT = { capacity: 120, refillPerSecond: 2 };
// NOTE: the buckets live in this process's memory, so each server process limits on its own.
const limiter = new TokenBucketLimiter(RATE_LIMIT.capacity, RATE_LIMIT.refillPerSecond);

/** Everything a handler needs: the database, the clock, the token and its actor, the request. */
export interface ApiCall {
  db: Kysely<Database>;
  now: Date;
  request: Request;
  params: Record<string, string | undefined>;
  language: Language;
  token: AuthenticatedToken;
  actor: Actor;
}

export interface ApiEndpoint {
  /** "read" for GET; "write" for anything that changes data. A write token may also read. */
  scope: ApiTokenScope;
  handle: (call: ApiCall) => Promise<Response>;
}

export type ApiEndpoints = Partial<Record<HttpMethod, ApiEndpoint>>;

const RANK: Record<Role, number> = { member: 0, lead: 1, admin: 2 };

/** Throw 403 unless the token's actor has at least the role. */
export function requireApiRole(actor: Actor, role: Role): void {
  if (RANK[actor.role] < RANK[role]) throw new ApiError(403, "forbidden", { role });
}

/**
 * Build the loader and action of an API route: bearer token (401), rate limit per token (429 with
 * Retry-After), scope (403), then the endpoint of the request's method (405 for another). Every
 * failure, including an unexpected one, is returned as `{ "error": { code, message, details } }`.
 */
export function apiRoute(endpoints: ApiEndpoints) {
  return ({ request, context, params }: ActionFunctionArgs) => handleApiRequest(endpoints, request, context, params);
}

async function handleApiRequest(
  endpoints: ApiEndpoints,
  request: Request,
  context: AppLoadContext,
  params: ApiCall["params"],
): Promise<Response> {
  const language = apiLanguage(request);
  const now = context.now();
  try {
    const check = await authenticateToken(context.db, request.headers.get("Authorization"), now);
    if (!check.ok) throw new ApiError(401, check.code, {}, [], { "WWW-Authenticate": 'Bearer realm="api"' });
    const { token } = check;

    const decision = limiter.take(token.bucketKey, now.getTime());
    if (!decision.allowed) {
      const retryAfter = String(decision.retryAfterSeconds);
      throw new ApiError(429, "rate_limited", { count: decision.retryAfterSeconds }, [], { "Retry-After": retryAfter });
    }

    const method = (request.method.toUpperCase() === "HEAD" ? "GET" : request.method.toUpperCase()) as HttpMethod;
    const endpoint = endpoints[method];
    if (!endpoint) {
      const allowed = Object.keys(endpoints).join(", ");
      throw new ApiError(405, "method_not_allowed", { method: request.method, allowed }, [], { Allow: allowed });
    }
    if (endpoint.scope === "write" && token.scope !== "write") throw new ApiError(403, "insufficient_scope", { scope: "write" });

    return await endpoint.handle({ db: context.db, now, request, params, language, token, actor: token.actor });
  } catch (error) {
    return errorResponse(error, language, request);
  }
}

/** Return an error as JSON: an ApiError with its status, a closed quarter with 422, anything else with 500. */
export function errorResponse(error: unknown, language: Language, request: Request): Response {
  const reading = request.method === "GET" || request.method === "HEAD";
  if (error instanceof ApiError) return apiErrorResponse(error, language, reading);
  if (error instanceof ClosedQuarterError) {
    return apiErrorResponse(new ApiError(422, "closed_quarter", { quarter: error.quarter }), language, reading);
  }
  const reference = randomUUID();
  logger.error({ err: error, reference, method: request.method, path: new URL(request.url).pathname }, "API request failed");
  return apiErrorResponse(new ApiError(500, "internal_error", { reference }), language);
}

/**
 * Word an ApiError as the JSON error body. A "count" param picks the plural form (key_one,
 * key_other). A "context" param, or "read" for a GET, picks a variant such as
 * invalid_request_read, which leaves out "nothing was written". A "role" param is shown as the
 * role's name in the caller's language.
 */
export function apiErrorResponse(error: ApiError, language: Language, reading = false): Response {
  const t = translator(language);
  const { context = reading ? "read" : undefined, ...params } = error.params;
  if (typeof params.role === "string") params.role = t(`people.roles.${params.role}`);
  const options = { ...params, context: context === undefined ? undefined : String(context) };
  const body = {
    error: {
      code: error.code,
      message: t(`api.errors.${error.code}`, { ...options, defaultValue: t("api.errors.invalid_request", options) }),
      details: error.issues.map((issue) => wordIssue(issue, language)),
    },
  };
  return jsonResponse(body, error.status, error.headers);
}

/** Word an issue in the caller's language: "periodStart: "2026-02-30" does not exist …". */
function wordIssue(issue: ApiIssue, language: Language) {
  const t = translator(language);
  let value = "";
  if (typeof issue.value === "string") value = issue.value;
  else if (issue.value !== undefined) value = JSON.stringify(issue.value);
  const params = { field: issue.field, value, ...issue.params };
  // Rules of the objective, key result and team forms keep the wording of those forms.
  const key = [`api.details.${issue.code}`, `okr.errors.${issue.code}`, `people.errors.${issue.code}`].find((k) => t(k, { defaultValue: "" }) !== "");
  const message = t(key ?? "api.details.invalid", params);
  return { ...(issue.index === undefined ? {} : { index: issue.index }), field: issue.field, code: issue.code, message, ...(issue.value === undefined ? {} : { value: issue.value }) };
}

/** Parse a positive row id from a route parameter; anything else is a 404. */
export function routeId(call: ApiCall, name: string, what: string): number {
  const value = call.params[name] ?? "";
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new ApiError(404, "not_found", { what, value });
  return Number(value);
}
