import type { TFunction } from "i18next";
import { formatDate, formatNumber } from "../i18n/format";
import type { Language } from "../i18n/language";
import type { RowError, Separator } from "./types";

const FILE_CODES = new Set<RowError["code"]>(["missing_column", "unknown_column", "owner_and_team", "no_data", "closed_quarter"]);
const DATE_PARAMS = new Set(["start", "end", "engage", "close"]);
// Row numbers stay unformatted ("1203", not "1.203"), as a spreadsheet's row headers show them.
const ROW_PARAMS = new Set(["firstRow"]);

/**
 * Return true when an error is about the whole file, not one row: a missing column, no data, or
 * values in a closed quarter. Such an error shows without row and column.
 */
export function isFileError(error: RowError): boolean {
  return FILE_CODES.has(error.code) || (error.row === 1 && error.column === "");
}

/** Word where an error sits as a prefix: "Rij 14, kolom close_date: ", or "Bestand: " for the whole file. */
function location(t: TFunction, error: RowError): string {
  const row = String(error.row);
  if (isFileError(error)) return t("imports.location.file");
  if (error.column === "") return t("imports.location.row", { row });
  return t("imports.location.rowColumn", { row, column: error.column });
}

/**
 * Word a row error in the reader's language: "Rij 14, kolom close_date: '31-02-2017' is geen
 * bestaande datum. Gebruik dd-mm-jjjj."
 */
export function rowErrorMessage(t: TFunction, language: Language, error: RowError): string {
  const params: Record<string, string> = { value: error.value };
  for (const [name, value] of Object.entries(error.params)) {
    if (DATE_PARAMS.has(name)) params[name] = formatDate(language, String(value));
    else if (ROW_PARAMS.has(name)) params[name] = String(value);
    else if (typeof value === "number") params[name] = formatNumber(language, value, 0);
    else params[name] = value;
  }
  if (error.code === "invalid_number") {
    const format = error.params.format === "en" ? "en" : "nl";
    params.format = t(`imports.formatNames.${format}`);
    params.example = t(`imports.formatExamples.${format}`);
  }
  return location(t, error) + t(`imports.errors.${error.code}`, params);
}

const SEPARATOR_NAMES: Record<Separator, string> = { ";": "semicolon", ",": "comma", "\t": "tab" };

export function separatorName(t: TFunction, separator: Separator): string {
  return t(`imports.separators.${SEPARATOR_NAMES[separator]}`);
}
