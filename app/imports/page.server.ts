import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { FieldErrors } from "../components/forms/field-errors";
import { translator } from "../i18n/i18n";
import type { Language } from "../i18n/language";
import { todayIn } from "../kpi/calendar";
import { getSettings } from "../okr/settings.server";
import { encodeContent } from "./form.server";
import { getImport, listRecentImports } from "./history.server";
import { type ImportInput, type ImportPreview, previewImport } from "./import.server";
import type { ImportHistoryRow, ImportPageState, ImportsFlash } from "./page";

/** The page lists this many row errors; the total is shown beside them. */
export const PAGE_ERROR_LIMIT = 100;

/** Load the history of imports and, after the redirect that follows an import, the message about it. */
export async function loadImportsPage(
  db: Kysely<Database>,
  search: { imported?: number; already?: number },
): Promise<{ history: ImportHistoryRow[]; flash: ImportsFlash | null }> {
  const { timeZone } = await getSettings(db);
  const dayOf = (timestamp: string) => todayIn(timeZone, new Date(timestamp));
  const history = (await listRecentImports(db)).map((record) => ({ ...record, createdOn: dayOf(record.createdAt) }));

  const flashId = search.imported ?? search.already;
  const record = flashId === undefined ? null : await getImport(db, flashId);
  const flash: ImportsFlash | null = record
    ? { status: search.imported !== undefined ? "imported" : "already_imported", ...record, createdOn: dayOf(record.createdAt) }
    : null;
  return { history, flash };
}

/** Preview a file for the page. */
export async function previewState(db: Kysely<Database>, input: ImportInput): Promise<ImportPageState> {
  return pageState(db, input, await previewImport(db, input));
}

/** Build the page state after a preview, or after an import that the file's errors stopped. */
export async function pageState(db: Kysely<Database>, input: ImportInput, preview: ImportPreview): Promise<ImportPageState> {
  const { timeZone } = await getSettings(db);
  const mapping = Object.fromEntries(Object.entries(preview.columns).map(([field, header]) => [field, header ?? ""]));
  return {
    values: {
      kind: input.kind,
      numberFormat: input.numberFormat,
      fileName: input.fileName,
      content: encodeContent(input.content),
      mappedKind: input.kind,
      mapping,
    },
    errors: {},
    preview: {
      ...preview,
      fileSize: input.content.byteLength,
      errors: preview.errors.slice(0, PAGE_ERROR_LIMIT),
      errorCount: preview.errors.length,
      alreadyImportedOn: preview.alreadyImported ? todayIn(timeZone, new Date(preview.alreadyImported.importedAt)) : null,
    },
  };
}

/** Build the page state after form input that could not be read, with messages in the reader's language. */
export function rejectedState(language: Language, errors: FieldErrors, values: Record<string, string>): ImportPageState {
  const t = translator(language);
  const messages = Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [field, t(`imports.form.${error.code}`, { ...error.params })]),
  );
  return {
    values: {
      kind: values.kind ?? "snapshots",
      numberFormat: values.numberFormat ?? "auto",
      // A file that could not be read is chosen again.
      fileName: errors.file ? "" : (values.fileName ?? ""),
      content: errors.file ? "" : (values.content ?? ""),
      mappedKind: values.mappedKind ?? "",
      mapping: {},
    },
    errors: messages,
    preview: null,
  };
}
