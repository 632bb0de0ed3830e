import { apiRoute } from "~/api/handler.server";
import { jsonResponse } from "~/api/http.server";
import { quarterScores } from "~/api/reports.server";

const route = apiRoute({
  GET: {
    scope: "read",
    handle: async (call) => jsonResponse(await quarterScores(call.db, call.params.quarter ?? "", call.language, call.now)),
  },
});

export const loader = route;
export const action = route;
