import type { ImportRecord } from "./history.server";
import type { ImportPreview } from "./import.server";
import type { RowError } from "./types";

/** An import in the page's history, with its date in the company's time zone. */
export type ImportHistoryRow = ImportRecord & { createdOn: string };

/** The message shown after the redirect that follows an import. */
export type ImportsFlash = ImportHistoryRow & { status: "imported" | "already_imported" };

/** A preview as the page shows it: at most 100 row errors, with the total beside them. */
export interface PreviewView extends Omit<ImportPreview, "errors"> {
  fileSize: number;
  errors: RowError[];
  errorCount: number;
  /** Date of an earlier import of the same file, in the company's time zone. */
  alreadyImportedOn: string | null;
}

/** Values the import form shows again: the chosen options, the kept file and the mapping. */
export interface ImportFormValues {
  kind: string;
  numberFormat: string;
  fileName: string;
  /** The uploaded file as base64, kept between preview and import. */
  content: string;
  /** Kind whose mapping is shown; the mapping is dropped when the kind changes. */
  mappedKind: string;
  /** Header per mappable field, "" for the default. */
  mapping: Record<string, string>;
}

export interface ImportPageState {
  values: ImportFormValues;
  /** Field errors in the reader's language. */
  errors: Record<string, string>;
  preview: PreviewView | null;
}
