import { forbidden } from "~/people/permissions.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a state-changing request comes from a page of this site. Browsers send Sec-Fetch-Site
 * and Origin with every form post; a request without either (and without a Referer) is rejected
 * too. Hosts are compared without the scheme because behind a TLS-terminating proxy the app
 * receives http while the browser sends https.
 */
export function isSameOriginRequest(request: Request): boolean {
  return isSameOrigin(request.method, new URL(request.url).host, (name) => request.headers.get(name));
}

/** The same check on a method, the Host and a header lookup, for the HTTP server in front of Remix. */
export function isSameOrigin(method: string, host: string, header: (name: string) => string | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;

  const fetchSite = header("Sec-Fetch-Site");
  if (fetchSite !== null) return fetchSite === "same-origin";

  const origin = header("Origin") ?? header("Referer");
  if (origin === null || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Throw 403 for a cross-site form post (CSRF). Every action calls it, through requireActor or directly. */
export function assertSameOrigin(request: Request): void {
  if (!isSameOriginRequest(request)) throw forbidden();
}
