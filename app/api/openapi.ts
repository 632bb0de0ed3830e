import { z } from "zod";
import { MAX_BODY_BYTES_LABEL } from "./limits";
import { API_OPERATIONS, type ApiOperation, operationId } from "./operations";
import { apiRegistry, MAX_BATCH_ITEMS } from "./schemas";

type JsonObject = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "The body is no valid JSON (invalid_json).",
  401: "The Authorization header is missing (token_missing), or the token is unknown (token_invalid) or revoked (token_revoked).",
  403: "The token is read-only (insufficient_scope), or its creator may not do this (forbidden, forbidden_team).",
  404: "No such KPI, objective, key result or route (not_found).",
  413: `The body is larger than ${MAX_BODY_BYTES_LABEL} (body_too_large).`,
  415: "The body is not sent as Content-Type: application/json (unsupported_media_type).",
  422: `The request is invalid (invalid_request: details lists every problem with its index and field), the batch is empty (empty_batch) or holds more than ${MAX_BATCH_ITEMS} items (batch_too_large), or it writes into a closed quarter (closed_quarter).`,
  429: "Too many requests for this token (rate_limited); wait the seconds given in Retry-After.",
};

/** Drop the keys that only a stand-alone JSON Schema document carries. */
function componentSchema(schema: JsonObject): JsonObject {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

const refTo = (schema: z.ZodType) => {
  const meta = apiRegistry.get(schema);
  if (!meta) throw new Error("API schema is not registered in apiRegistry");
  return { $ref: `#/components/schemas/${meta.id}` };
};

const json = (schema: JsonObject) => ({ "application/json": { schema } });

function parametersOf(operation: ApiOperation): JsonObject[] {
  const parameters: JsonObject[] = Object.entries(operation.params ?? {}).map(([name, description]) => ({
    name,
    in: "path",
    required: true,
    description,
    schema: { type: "string" },
  }));
  for (const [name, field] of Object.entries(operation.query?.shape ?? {})) {
    const schema = componentSchema(z.toJSONSchema(field as z.ZodType, { io: "input" }) as JsonObject);
    const { description, ...rest } = schema;
    parameters.push({ name, in: "query", required: !(field as z.ZodType).safeParse(undefined).success, description, schema: rest });
  }
  return parameters;
}

function operationObject(operation: ApiOperation): JsonObject {
  const responses: JsonObject = {
    [operation.status]: { description: operation.status === 201 ? "Created." : "OK.", content: json(refTo(operation.response)) },
  };
  for (const status of [...operation.errors, 401, 403, 429].sort()) responses[status] = { $ref: `#/components/responses/E${status}` };
  return {
    operationId: operationId(operation),
    summary: operation.summary,
    description: `Needs a token with scope ${operation.scope}.`,
    security: [{ bearerAuth: [] }],
    parameters: parametersOf(operation),
    ...(operation.request ? { requestBody: { required: true, content: json(refTo(operation.request)) } } : {}),
    responses,
  };
}

/** Build the OpenAPI 3.1 document of /api/v1 from the zod schemas the handlers validate with. */
export function buildOpenApiDocument(): JsonObject {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}`, io: "input" });
  const paths: Record<string, JsonObject> = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: operationObject(operation) };
  }
  paths["/api/v1/openapi.json"] = {
    get: {
      operationId: "getOpenApi",
      summary: "This document. Needs no token.",
      security: [],
      responses: { 200: { description: "OK.", content: json({ type: "object" }) } },
    },
  };

  const errorResponses: JsonObject = {};
  for (const [status, description] of Object.entries(ERROR_DESCRIPTIONS)) {
    errorResponses[`E${status}`] = { description, content: json({ $ref: "#/components/schemas/Error" }) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "OKR and KPI tracker API",
      version: "1.0.0",
      description:
        "Push metric snapshots, read KPI values and quarter scores, and set up objectives and key results. Authenticate with `Authorization: Bearer <token>`; admins create tokens on the API tokens page or with `npm run create-token`.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, componentSchema(schema as JsonObject)])),
      responses: errorResponses,
    },
  };
}
