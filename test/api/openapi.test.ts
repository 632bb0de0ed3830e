import fs from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { buildOpenApiDocument } from "~/api/openapi";
import { loader } from "~/routes/api.v1.openapi[.]json";

/** Convert a route file name to its OpenAPI path: api.v1.kpis.$kpiKey.values.ts → /api/v1/kpis/{kpiKey}/values. */
function pathOfRouteFile(file: string): string {
  const segments = file
    .replace(/\.tsx?$/, "")
    .replace("[.]", "\u0000")
    .split(".")
    .filter((segment) => segment !== "_index")
    .map((segment) => (segment.startsWith("$") ? `{${segment.slice(1)}}` : segment.replace("\u0000", ".")));
  return `/${segments.join("/")}`;
}

describe("OpenAPI document", () => {
  test("validates as OpenAPI 3.1", async () => {
    const validator = new Validator();

    const result = await validator.validate(buildOpenApiDocument());

    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  test("lists every api.v1 route file", () => {
    const files = fs.readdirSync("app/routes").filter((file) => file.startsWith("api.v1.") && file !== "api.v1.$.ts");
    const paths = Object.keys(buildOpenApiDocument().paths as object);

    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const file of files) expect(paths, file).toContain(pathOfRouteFile(file));
  });

  test("route file names map to paths", () => {
    expect(pathOfRouteFile("api.v1.kpis.$kpiKey.values.ts")).toBe("/api/v1/kpis/{kpiKey}/values");
    expect(pathOfRouteFile("api.v1.openapi[.]json.ts")).toBe("/api/v1/openapi.json");
    expect(pathOfRouteFile("api.v1.objectives._index.ts")).toBe("/api/v1/objectives");
  });

  test("snapshot batch schema names its fields", () => {
    const document = buildOpenApiDocument() as { components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> } };

    const item = document.components.schemas.SnapshotItem;
    expect(Object.keys(item.properties ?? {})).toEqual(["metric", "team", "date", "periodStart", "periodEnd", "value"]);
    expect(item.required).toEqual(["metric", "team", "value"]);
  });

  test("route serves the document without a token", async () => {
    const response = await loader();

    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string };
    expect(document.openapi).toBe("3.1.0");
  });
});
