import { apiRoute } from "~/api/handler.server";
import { jsonResponse, readJsonBody } from "~/api/http.server";
import { writeSnapshotBatch } from "~/api/snapshots.server";

const route = apiRoute({
  POST: {
    scope: "write",
    handle: async (call) => {
      const body = await readJsonBody(call.request);
      return jsonResponse(await writeSnapshotBatch(call.db, call.actor, call.token, body, call.now));
    },
  },
});

export const loader = route;
export const action = route;
