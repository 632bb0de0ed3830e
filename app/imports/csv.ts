import Papa from "papaparse";
import type { NumberFormat, RowError, Separator } from "./types";

export interface CsvRecord {
  /** Row number as a spreadsheet shows it: the header is row 1, a quoted line break stays in its row. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  separator: Separator;
  header: string[];
  records: CsvRecord[];
  /** Blank rows and rows of only separators, not in `records`. */
  blankRows: number;
  errors: RowError[];
}

const SEPARATORS: Separator[] = [";", "\t", ","];

/**
 * Decode a file's bytes. Excel saves "CSV UTF-8" with a byte order mark, plain "CSV" in
 * Windows-1252 and "Unicode text" in UTF-16LE, so all three are recognised.
 */
export function decodeFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * Choose the separator from the header line alone, counting only characters outside quotes,
 * so that decimal commas in the data ("1,5" in a semicolon file) never decide it.
 * Ties go to semicolon, then tab, then comma.
 */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char as Separator)) counts.set(char as Separator, counts.get(char as Separator)! + 1);
  }
  let best: Separator = ";";
  for (const separator of SEPARATORS) {
    if (counts.get(separator)! > counts.get(best)!) best = separator;
  }
  return best;
}

/** Number format a file most likely uses: Dutch Excel writes semicolons with decimal commas. */
export function defaultNumberFormat(separator: Separator): NumberFormat {
  // NOTE: tab-separated files are assumed to be Dutch ("Unicode text" from Dutch Excel); an English
  // tab file needs the number format set to en.
  return separator === "," ? "en" : "nl";
}

const SEP_HINT = /^sep=(.)\r?\n/i;

/** Read CSV text as Dutch or English Excel writes it. Cells are trimmed; header names too. */
export function readCsv(input: string): CsvTable {
  let text = input.startsWith("\uFEFF") ? input.slice(1) : input;

  // Excel reads and writes a first line "sep=;" that names the separator and is not shown as a row.
  let separator: Separator | null = null;
  const hint = SEP_HINT.exec(text);
  if (hint && SEPARATORS.includes(hint[1] as Separator)) {
    separator = hint[1] as Separator;
    text = text.slice(hint[0].length);
  }
  separator ??= detectSeparator(text);

  const parsed = Papa.parse<string[]>(text, { delimiter: separator, quoteChar: '"', skipEmptyLines: false });
  const data = parsed.data;
  // A final line break yields one empty record that no spreadsheet shows.
  if (data.length > 0 && /\r?\n$/.test(text) && isBlank(data[data.length - 1])) data.pop();

  const errors: RowError[] = parsed.errors
    .filter((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes")
    .map((e) => ({ row: (e.row ?? 0) + 1, column: "", value: "", code: "unbalanced_quotes", params: {} }));

  const header = (data[0] ?? []).map((cell) => cell.trim());
  const records: CsvRecord[] = [];
  let blankRows = 0;
  for (let i = 1; i < data.length; i += 1) {
    if (isBlank(data[i])) {
      blankRows += 1;
      continue;
    }
    records.push({ row: i + 1, cells: data[i].map((cell) => cell.trim()) });
  }
  return { separator, header, records, blankRows, errors };
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}
