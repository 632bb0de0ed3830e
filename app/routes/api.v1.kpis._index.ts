import { listApiKpis } from "~/api/catalog.server";
import { apiRoute } from "~/api/handler.server";
import { jsonResponse } from "~/api/http.server";

const route = apiRoute({ GET: { scope: "read", handle: async (call) => jsonResponse(await listApiKpis(call.db)) } });

export const loader = route;
export const action = route;
