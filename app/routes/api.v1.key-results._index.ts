import { apiRoute } from "~/api/handler.server";
import { jsonResponse, readJsonBody } from "~/api/http.server";
import { createApiKeyResult } from "~/api/okrs.server";

const route = apiRoute({
  POST: {
    scope: "write",
    handle: async (call) => {
      const body = await readJsonBody(call.request);
      return jsonResponse(await createApiKeyResult(call.db, call.actor, body, call.now), 201);
    },
  },
});

export const loader = route;
export const action = route;
