import { jsonResponse } from "~/api/http.server";
import { buildOpenApiDocument } from "~/api/openapi";

// Public: the document describes the API and contains no data, so tools can read it without a token.
let document: Record<string, unknown> | undefined;

export async function loader() {
  document ??= buildOpenApiDocument();
  return jsonResponse(document);
}
