import { createCookie } from "@remix-run/node";
import { type Language, parseLanguage } from "./language";

/** Remembers the chosen language for a year. Dutch is the default for a first visit. */
export const languageCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function getLanguage(request: Request): Promise<Language> {
  const value = await languageCookie.parse(request.headers.get("Cookie"));
  return parseLanguage(typeof value === "string" ? value : null);
}
