import type { Language } from "../i18n/language";
import { ApiError } from "./errors";
import { MAX_BODY_BYTES } from "./limits";

/**
 * Choose the language of the API's messages: "en" when Accept-Language prefers English over
 * Dutch, else Dutch, the app's default.
 */
export function apiLanguage(request: Request): Language {
  const ranked = (request.headers.get("Accept-Language") ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...options] = part.trim().toLowerCase().split(";");
      const q = options.map((o) => /^\s*q=([\d.]+)\s*$/.exec(o)?.[1]).find((v) => v !== undefined);
      return { language: tag.split("-")[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => (entry.language === "nl" || entry.language === "en") && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.language === "en" ? "en" : "nl";
}

/**
 * Read a JSON body of at most maxBytes. Rejects another content type (415), a larger body (413,
 * also when Content-Length is absent or wrong) and text that is no JSON (400).
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError(415, "unsupported_media_type", { type: type || "-" });

  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > maxBytes) throw new ApiError(413, "body_too_large", { max: maxBytes });

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new ApiError(413, "body_too_large", { max: maxBytes });
      }
      chunks.push(value);
    }
  }

  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, "invalid_json", jsonErrorPlace(text, error instanceof Error ? error.message : ""));
  }
}

/**
 * Find where JSON.parse failed, from the "at position N" of V8's message (Node 20 and later; some
 * messages carry no position). Returns the i18next context of the invalid_json message and, for
 * "position", the 1-based character, line and column.
 */
export function jsonErrorPlace(text: string, message: string): Record<string, string | number> {
  const match = /at position (\d+)/.exec(message);
  if (/Unexpected end of JSON input/.test(message) || (match && Number(match[1]) >= text.length)) return { context: "end" };
  if (!match) return {};

  const index = Number(match[1]);
  const before = text.slice(0, index).split("\n");
  return { context: "position", position: index + 1, line: before.length, column: before[before.length - 1].length + 1 };
}

/** Build a JSON response with the given status that no cache keeps. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}
