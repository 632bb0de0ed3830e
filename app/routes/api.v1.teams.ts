import { createApiTeam, listApiTeams } from "~/api/catalog.server";
import { apiRoute } from "~/api/handler.server";
import { jsonResponse, readJsonBody } from "~/api/http.server";

const route = apiRoute({
  GET: { scope: "read", handle: async (call) => jsonResponse(await listApiTeams(call.db)) },
  POST: {
    scope: "write",
    handle: async (call) => {
      const body = await readJsonBody(call.request);
      return jsonResponse(await createApiTeam(call.db, call.actor, body, call.now), 201);
    },
  },
});

export const loader = route;
export const action = route;
