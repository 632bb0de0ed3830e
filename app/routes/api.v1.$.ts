import type { ActionFunctionArgs } from "@remix-run/node";
import { ApiError } from "~/api/errors";
import { apiErrorResponse } from "~/api/handler.server";
import { apiLanguage } from "~/api/http.server";

/** Return 404 in the API's JSON error format for any other address under /api/v1, with or without a token. */
function notFound({ request }: ActionFunctionArgs) {
  const path = new URL(request.url).pathname;
  return apiErrorResponse(new ApiError(404, "unknown_route", { method: request.method, path }), apiLanguage(request));
}

export const loader = notFound;
export const action = notFound;
