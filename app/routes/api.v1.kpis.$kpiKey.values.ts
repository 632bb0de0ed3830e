import { apiRoute } from "~/api/handler.server";
import { jsonResponse } from "~/api/http.server";
import { kpiValues } from "~/api/reports.server";

const route = apiRoute({
  GET: {
    scope: "read",
    handle: async (call) => jsonResponse(await kpiValues(call.db, call.params.kpiKey ?? "", new URL(call.request.url), call.language)),
  },
});

export const loader = route;
export const action = route;
