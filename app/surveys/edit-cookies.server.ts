import { createCookie } from "@remix-run/node";
import { isHttps } from "../auth/session.server";
import type { SurveyKind } from "./periods";
import { secondsUntilPeriodEnds } from "./periods";

// The edit token of this browser's answer in the current period. It is HttpOnly, so page scripts
// cannot read it. It expires when the period ends, after which the answer cannot change anyway.
const cookies = {
  mood: createCookie("mood_edit", { path: "/", sameSite: "lax", httpOnly: true }),
  enps: createCookie("enps_edit", { path: "/", sameSite: "lax", httpOnly: true }),
};

/** Read the edit token of a survey from the request's cookies, or null. */
export async function readEditToken(request: Request, kind: SurveyKind): Promise<string | null> {
  const value: unknown = await cookies[kind].parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** Build a Set-Cookie header value that keeps the token until the period's last day ends. */
export function editTokenCookie(request: Request, kind: SurveyKind, token: string, period: { end: string; timeZone: string; now: Date }): Promise<string> {
  return cookies[kind].serialize(token, {
    maxAge: secondsUntilPeriodEnds(period.end, period.timeZone, period.now),
    secure: isHttps(request),
  });
}
