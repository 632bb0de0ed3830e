import { createHash, randomBytes } from "node:crypto";

/** A random 256-bit token, base64url, for session cookies and one-time links. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 of a token, hex: what the database stores instead of the token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
