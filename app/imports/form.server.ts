import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { type FieldErrors, fieldErrorsFromZod } from "../components/forms/field-errors";
import { MAX_FILE_BYTES, MAX_FILE_MB, importFormSchema, mappingFromForm } from "./form";
import type { ImportInput } from "./import.server";

// The page keeps an uploaded file between preview and import as base64 in a hidden field, which is
// 4/3 of the file's size.
const MAX_CONTENT_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4;
const MAX_TEXT_FIELD = 4096;
const MAX_REQUEST_BYTES = MAX_CONTENT_CHARS + 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export type ImportFormResult =
  | { ok: true; intent: "preview" | "import"; input: ImportInput; values: Record<string, string> }
  | { ok: false; status: 400 | 413; errors: FieldErrors; values: Record<string, string> };

/**
 * Read the import form: a new file upload, or the file kept from the preview as base64 in the
 * field `content`. Files over 20 MB are rejected with status 413 before they are read whole.
 */
export async function readImportForm(request: Request): Promise<ImportFormResult> {
  const tooLarge = { ok: false as const, status: 413 as const, errors: { file: { code: "fileTooLarge", params: { limit: MAX_FILE_MB } } }, values: {} };
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_REQUEST_BYTES) return tooLarge;

  let formData: FormData;
  try {
    formData = await parseForm(request);
  } catch (error) {
    if (!(error instanceof MaxPartSizeExceededError)) throw error;
    if (error.field === "file" || error.field === "content") return tooLarge;
    return { ok: false, status: 400, errors: { [error.field]: { code: "fieldTooLong", params: { max: MAX_TEXT_FIELD } } }, values: {} };
  }

  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string") values[name] = value;
  }
  const parsed = importFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, status: 400, errors: fieldErrorsFromZod(parsed.error), values };

  const file = await readFile(formData.get("file"), values);
  if ("error" in file) return { ok: false, status: 400, errors: { file: { code: file.error } }, values };

  const { kind, numberFormat, mappedKind, intent } = parsed.data;
  const input: ImportInput = { kind, numberFormat, mapping: mappingFromForm(values, kind, mappedKind), ...file };
  return { ok: true, intent, input, values };
}

async function parseForm(request: Request): Promise<FormData> {
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) return request.formData();
  return unstable_parseMultipartFormData(
    request,
    unstable_composeUploadHandlers(
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_FILE_BYTES, filter: ({ name }) => name === "file" }),
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_CONTENT_CHARS, filter: ({ name }) => name === "content" }),
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_TEXT_FIELD }),
    ),
  );
}

async function readFile(
  upload: FormDataEntryValue | null,
  values: Record<string, string>,
): Promise<{ fileName: string; content: Uint8Array } | { error: string }> {
  if (upload instanceof Blob && upload.size > 0) {
    const fileName = "name" in upload && typeof upload.name === "string" && upload.name ? upload.name : "upload.csv";
    return { fileName, content: new Uint8Array(await upload.arrayBuffer()) };
  }
  const kept = values.content ?? "";
  if (kept === "") return { error: "fileRequired" };
  if (!BASE64.test(kept)) return { error: "fileUnreadable" };
  return { fileName: (values.fileName ?? "").trim().slice(0, 255) || "upload.csv", content: new Uint8Array(Buffer.from(kept, "base64")) };
}

/** Encode a file's bytes as base64 for the hidden field `content`. */
export function encodeContent(content: Uint8Array): string {
  return Buffer.from(content).toString("base64");
}
