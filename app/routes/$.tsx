import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/components/forms/responses.server";
import { requireActor } from "~/people/actor.server";

// Catches every address no other route matches. Remix skips the root loader for an unmatched
// address, so its 404 page would lose the reader's language and menu. A 404 thrown here keeps them.
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireActor(request, context.db);
  throw notFound();
}

// A default export makes this a page route, so the 404 renders in the root error boundary
// instead of going out as a bare resource-route response. The loader always throws, so it never renders.
export default function UnknownPage() {
  return null;
}
