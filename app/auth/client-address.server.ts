import type { AppLoadContext } from "@remix-run/node";

/** The client's address for the rate limit; "unknown" when the server did not pass one (tests). */
export function clientAddress(context: AppLoadContext): string {
  return context.clientAddress ?? "unknown";
}
