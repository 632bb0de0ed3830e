import { z } from "zod";

const PLACEHOLDER_ORIGIN = "http://redirect-check.invalid";

function isLocalPathShape(value: string): boolean {
  // One "/" then anything but "/" or "\": browsers read "//host" and "/\host" as another site.
  if (!/^\/(?![/\\])/.test(value)) return false;
  // Control characters (tab, newline, DEL …) are dropped by URL parsers and could join "/" and "\".
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  return true;
}

/**
 * Return `value` as a path on this site, or null when it could send the browser elsewhere.
 * The check runs on the raw and the percent-decoded text, so "/%5Cx" is rejected like "/\x",
 * and the path must keep the placeholder origin when resolved against it.
 */
export function safeLocalPath(value: unknown): string | null {
  if (typeof value !== "string" || !isLocalPathShape(value)) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  if (!isLocalPathShape(decoded)) return null;

  let resolved: URL;
  try {
    resolved = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (resolved.origin !== PLACEHOLDER_ORIGIN) return null;
  return resolved.pathname + resolved.search + resolved.hash;
}

/** Zod schema of a redirect target: a safe path on this site, else `fallback`. */
export function localPathSchema(fallback: string) {
  return z
    .unknown()
    .optional()
    .transform((value) => safeLocalPath(value) ?? fallback);
}
