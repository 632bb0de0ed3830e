import type { z } from "zod";
import type { ApiTokenScope } from "../../db/schema";
import {
  keyResultCreateSchema,
  keyResultSchema,
  keyResultUpdateSchema,
  kpiListSchema,
  kpiValuesQuerySchema,
  kpiValuesSchema,
  metricListSchema,
  objectiveCreateSchema,
  objectiveListSchema,
  objectiveSchema,
  objectiveUpdateSchema,
  quarterScoresSchema,
  snapshotBatchSchema,
  snapshotResultSchema,
  teamCreateSchema,
  teamListSchema,
  teamSchema,
} from "./schemas";

/** One endpoint of /api/v1, as the OpenAPI document and the docs page list it. */
export interface ApiOperation {
  method: "get" | "post" | "patch";
  /** OpenAPI path; {name} is the route parameter of the same name. */
  path: string;
  scope: ApiTokenScope;
  summary: string;
  query?: z.ZodObject;
  /** Path parameters with their description. */
  params?: Record<string, string>;
  request?: z.ZodType;
  response: z.ZodType;
  status: 200 | 201;
  /** Failure statuses this endpoint returns besides 401, 403 and 429, which every endpoint can return. */
  errors: number[];
}

/** The OpenAPI operationId, such as "postSnapshots" or "getKpisKpiKeyValues"; the docs page keys its summaries by it. */
export function operationId(operation: Pick<ApiOperation, "method" | "path">): string {
  const words = operation.path.replace(/\/api\/v1/, "").replace(/[{}]/g, "");
  return `${operation.method}${words.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`;
}

const WRITE_ERRORS = [400, 413, 415, 422];

export const API_OPERATIONS: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/snapshots",
    scope: "write",
    summary: "Write a batch of metric snapshots, all or nothing. A value for a metric, team and period that exists replaces it.",
    request: snapshotBatchSchema,
    response: snapshotResultSchema,
    status: 200,
    errors: WRITE_ERRORS,
  },
  { method: "get", path: "/api/v1/teams", scope: "read", summary: "List the teams.", response: teamListSchema, status: 200, errors: [] },
  {
    method: "post",
    path: "/api/v1/teams",
    scope: "write",
    summary: "Create a team under a parent team (admins only).",
    request: teamCreateSchema,
    response: teamSchema,
    status: 201,
    errors: WRITE_ERRORS,
  },
  { method: "get", path: "/api/v1/metrics", scope: "read", summary: "List the metrics.", response: metricListSchema, status: 200, errors: [] },
  { method: "get", path: "/api/v1/kpis", scope: "read", summary: "List the KPIs.", response: kpiListSchema, status: 200, errors: [] },
  {
    method: "get",
    path: "/api/v1/kpis/{kpiKey}/values",
    scope: "read",
    summary: "A KPI's value per week, month or quarter, with the reason where the formula has no value.",
    params: { kpiKey: "KPI key, as listed by GET /api/v1/kpis." },
    query: kpiValuesQuerySchema,
    response: kpiValuesSchema,
    status: 200,
    errors: [404, 422],
  },
  {
    method: "get",
    path: "/api/v1/quarters/{quarter}/scores",
    scope: "read",
    summary: "Scores of a quarter: company, teams, objectives and key results.",
    params: { quarter: 'A quarter such as "2026-Q1".' },
    response: quarterScoresSchema,
    status: 200,
    errors: [422],
  },
  {
    method: "get",
    path: "/api/v1/objectives",
    scope: "read",
    summary: "List objectives with their key results; ?period=2026-Q1 and ?team=<key> filter.",
    response: objectiveListSchema,
    status: 200,
    errors: [],
  },
  {
    method: "post",
    path: "/api/v1/objectives",
    scope: "write",
    summary: "Create an objective.",
    request: objectiveCreateSchema,
    response: objectiveSchema,
    status: 201,
    errors: WRITE_ERRORS,
  },
  {
    method: "get",
    path: "/api/v1/objectives/{objectiveId}",
    scope: "read",
    summary: "Read an objective with its key results.",
    params: { objectiveId: "Objective id." },
    response: objectiveSchema,
    status: 200,
    errors: [404],
  },
  {
    method: "patch",
    path: "/api/v1/objectives/{objectiveId}",
    scope: "write",
    summary: "Change fields of an objective.",
    params: { objectiveId: "Objective id." },
    request: objectiveUpdateSchema,
    response: objectiveSchema,
    status: 200,
    errors: [404, ...WRITE_ERRORS],
  },
  {
    method: "post",
    path: "/api/v1/key-results",
    scope: "write",
    summary: "Create a key result under an objective.",
    request: keyResultCreateSchema,
    response: keyResultSchema,
    status: 201,
    errors: WRITE_ERRORS,
  },
  {
    method: "get",
    path: "/api/v1/key-results/{keyResultId}",
    scope: "read",
    summary: "Read a key result.",
    params: { keyResultId: "Key result id." },
    response: keyResultSchema,
    status: 200,
    errors: [404],
  },
  {
    method: "patch",
    path: "/api/v1/key-results/{keyResultId}",
    scope: "write",
    summary: "Change fields of a key result.",
    params: { keyResultId: "Key result id." },
    request: keyResultUpdateSchema,
    response: keyResultSchema,
    status: 200,
    errors: [404, ...WRITE_ERRORS],
  },
];
