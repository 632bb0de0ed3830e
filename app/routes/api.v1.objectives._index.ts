import { apiRoute } from "~/api/handler.server";
import { jsonResponse, readJsonBody } from "~/api/http.server";
import { createApiObjective, listApiObjectives } from "~/api/okrs.server";

const route = apiRoute({
  GET: { scope: "read", handle: async (call) => jsonResponse(await listApiObjectives(call.db, new URL(call.request.url))) },
  POST: {
    scope: "write",
    handle: async (call) => {
      const body = await readJsonBody(call.request);
      return jsonResponse(await createApiObjective(call.db, call.actor, body, call.now), 201);
    },
  },
});

export const loader = route;
export const action = route;
