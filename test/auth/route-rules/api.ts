import type { RouteRule } from "./types";

// The API routes take no session: a signed-in browser without a bearer token gets 401. The token
// pages are admin pages. The OpenAPI document is public, and any other /api/v1 address is a JSON 404.
const noToken = { anonymous: 401, member: 401, lead: 401, admin: 401 };
const adminPage = { anonymous: 302, member: 403, lead: 403, admin: 200 };

const apiRoutes: { route: string; path: string | ((f: import("./fixture").RouteFixture) => string); params?: (f: import("./fixture").RouteFixture) => Record<string, string> }[] = [
  { route: "api.v1.snapshots", path: "/api/v1/snapshots" },
  { route: "api.v1.teams", path: "/api/v1/teams" },
  { route: "api.v1.metrics", path: "/api/v1/metrics" },
  { route: "api.v1.kpis._index", path: "/api/v1/kpis" },
  { route: "api.v1.kpis.$kpiKey.values", path: (f) => `/api/v1/kpis/${f.kpiKey}/values?from=2026-10-01&to=2026-12-31`, params: (f) => ({ kpiKey: f.kpiKey }) },
  { route: "api.v1.quarters.$quarter.scores", path: (f) => `/api/v1/quarters/${f.period}/scores`, params: (f) => ({ quarter: f.period }) },
  { route: "api.v1.objectives._index", path: "/api/v1/objectives" },
  { route: "api.v1.objectives.$objectiveId", path: (f) => `/api/v1/objectives/${f.salesObjectiveId}`, params: (f) => ({ objectiveId: String(f.salesObjectiveId) }) },
  { route: "api.v1.key-results._index", path: "/api/v1/key-results" },
  { route: "api.v1.key-results.$keyResultId", path: (f) => `/api/v1/key-results/${f.salesKeyResultId}`, params: (f) => ({ keyResultId: String(f.salesKeyResultId) }) },
];

export const rules: RouteRule[] = [
  ...apiRoutes.flatMap(({ route, path, params }): RouteRule[] => [
    { route, method: "GET", path, params, expect: noToken, note: "session without token" },
    { route, method: "POST", path, params, expect: noToken, note: "session without token" },
  ]),
  { route: "api.v1.openapi[.]json", method: "GET", path: "/api/v1/openapi.json", expect: { anonymous: 200, member: 200, lead: 200, admin: 200 } },
  { route: "api.v1.$", method: "GET", path: "/api/v1/nothing", params: { "*": "nothing" }, expect: { anonymous: 404, member: 404, lead: 404, admin: 404 } },
  { route: "api.v1.$", method: "POST", path: "/api/v1/nothing", params: { "*": "nothing" }, expect: { anonymous: 404, member: 404, lead: 404, admin: 404 } },
  { route: "api-tokens", method: "GET", path: "/api-tokens", expect: adminPage },
  { route: "api-tokens", method: "POST", path: "/api-tokens", form: { intent: "create", name: "nightly", scope: "read" }, expect: adminPage },
  { route: "api-docs", method: "GET", path: "/api-docs", expect: adminPage },
];
