import Papa from "papaparse";
import type { Language } from "../i18n/language";

/** Separator, decimal mark and byte order mark of a CSV file, chosen so that Excel in that language reads it. */
export interface CsvDialect {
  separator: ";" | ",";
  decimalMark: "," | ".";
  /** Dutch Excel reads a file as UTF-8 only when it starts with a byte order mark. */
  byteOrderMark: boolean;
}

export const CSV_DIALECTS: Record<Language, CsvDialect> = {
  nl: { separator: ";", decimalMark: ",", byteOrderMark: true },
  en: { separator: ",", decimalMark: ".", byteOrderMark: false },
};

/** A cell: numbers are written as numbers, strings as text, null as an empty cell. */
export type CsvCell = string | number | null;

// Excel, LibreOffice and Google Sheets run a cell that starts with one of these as a formula.
const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

/**
 * Neutralise a text cell that a spreadsheet would run as a formula by prefixing a single quote
 * (the OWASP advice against CSV injection). Only text goes through here: numeric cells, negative
 * ones included, stay numbers.
 */
export function neutraliseText(text: string): string {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}

// Without grouping and with up to 10 decimals, so a spreadsheet parses the text back to the same
// number: no thousands separators and never an exponent (1e-7 is written 0.0000001).
const plainNumber = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 10 });

/** Write a number with the dialect's decimal mark and nothing else; a NaN or infinity is an empty cell. */
export function formatCsvNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return "";
  // Intl writes "-0" for negative zero; a spreadsheet shows that as 0 anyway, but diffs read better.
  const text = plainNumber.format(value === 0 ? 0 : value);
  return dialect.decimalMark === "." ? text : text.replace(".", ",");
}

function cellText(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return "";
  if (typeof cell === "number") return formatCsvNumber(cell, dialect);
  return neutraliseText(cell);
}

/**
 * Write a header and rows as CSV text in a dialect, lines ending in CRLF. Papa Parse quotes the
 * cells that hold the separator, a quote or a line break.
 */
export function writeCsv(header: string[], rows: CsvCell[][], dialect: CsvDialect): string {
  const data = [header.map((name) => cellText(name, dialect)), ...rows.map((row) => row.map((cell) => cellText(cell, dialect)))];
  // escapeFormulae stays off: Papa would also prefix numbers such as "-12,5", and text cells are
  // already neutralised above.
  const text = Papa.unparse(data, { delimiter: dialect.separator, newline: "\r\n", escapeFormulae: false, header: false });
  return `${dialect.byteOrderMark ? "\uFEFF" : ""}${text}\r\n`;
}
