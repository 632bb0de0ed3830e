import type { ApiTokenScope } from "../../db/schema";

// Kept out of tokens.server.ts: the token page's component renders these, and the browser bundle
// replaces every .server module with an empty one.
export const API_SCOPES = ["read", "write"] as const satisfies readonly ApiTokenScope[];
