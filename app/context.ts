import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

/** Load context of every loader and action. Tests build the same with a fresh database. */
export interface AppContext {
  db: Kysely<Database>;
  /** The clock, injected so that tests can fix "today". */
  now: () => Date;
  /** The client's IP address as the server saw it, for the sign-in rate limit; absent in tests. */
  clientAddress?: string;
}

declare module "@remix-run/node" {
  interface AppLoadContext extends AppContext {}
}

declare module "@remix-run/server-runtime" {
  interface AppLoadContext extends AppContext {}
  interface Future {
    v3_singleFetch: true;
  }
}
