import type { LoaderFunctionArgs } from "@remix-run/node";
import { sql } from "kysely";

/** Liveness and database check for process managers and the browser tests. */
export async function loader({ context }: LoaderFunctionArgs) {
  await sql`select 1`.execute(context.db);
  return new Response("ok", { headers: { "Content-Type": "text/plain" } });
}
