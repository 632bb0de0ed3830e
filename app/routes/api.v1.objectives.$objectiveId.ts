import { apiRoute, routeId } from "~/api/handler.server";
import { jsonResponse, readJsonBody } from "~/api/http.server";
import { getApiObjective, updateApiObjective } from "~/api/okrs.server";

const route = apiRoute({
  GET: { scope: "read", handle: async (call) => jsonResponse(await getApiObjective(call.db, routeId(call, "objectiveId", "objective"))) },
  PATCH: {
    scope: "write",
    handle: async (call) => {
      const id = routeId(call, "objectiveId", "objective");
      const body = await readJsonBody(call.request);
      return jsonResponse(await updateApiObjective(call.db, call.actor, id, body, call.now));
    },
  },
});

export const loader = route;
export const action = route;
