import { apiRoute, routeId } from "~/api/handler.server";
import { jsonResponse, readJsonBody } from "~/api/http.server";
import { getApiKeyResult, updateApiKeyResult } from "~/api/okrs.server";

const route = apiRoute({
  GET: { scope: "read", handle: async (call) => jsonResponse(await getApiKeyResult(call.db, routeId(call, "keyResultId", "key_result"))) },
  PATCH: {
    scope: "write",
    handle: async (call) => {
      const id = routeId(call, "keyResultId", "key_result");
      const body = await readJsonBody(call.request);
      return jsonResponse(await updateApiKeyResult(call.db, call.actor, id, body, call.now));
    },
  },
});

export const loader = route;
export const action = route;
