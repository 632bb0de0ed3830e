import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { assertSameOrigin } from "~/auth/csrf.server";
import { clearSessionCookieHeader, deleteSession, readSessionToken } from "~/auth/session.server";

// Signing out is a form post, so that a link or an image on another site cannot sign anyone out.
export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);

  const token = await readSessionToken(request);
  if (token) await deleteSession(context.db, token);

  return redirect("/sign-in", { headers: { "Set-Cookie": await clearSessionCookieHeader(request) } });
}

export function loader() {
  return redirect("/");
}
