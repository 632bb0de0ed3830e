import { randomBytes } from "node:crypto";

/** Create a fresh nonce for one HTML response's inline scripts (base64, 128 bits). */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * Build the Content-Security-Policy of an HTML page. Scripts run only from this site or with the
 * page's nonce, which Remix puts on its inline hydration scripts. Styles allow 'unsafe-inline'
 * because nivo draws charts with inline style attributes, which a nonce cannot cover.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response, HTML or not: no framing, no MIME sniffing, origin-only referrers to other sites. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};
