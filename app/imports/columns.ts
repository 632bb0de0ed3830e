import type { CsvRecord } from "./csv";
import type { ColumnMapping, RowError } from "./types";
import type { Parsed } from "./values";

/** A field an import reads, and the header names that fill it when the user maps nothing. */
export interface FieldSpec {
  field: string;
  defaults: string[];
}

export interface Column {
  header: string;
  index: number;
}

export type Columns = Record<string, Column | null>;

const normalise = (name: string) => name.trim().toLowerCase();

/**
 * Find each field's column: the header the user mapped it to, else the first default name present
 * (case-insensitive). A mapped header that is not in the file is an error on row 1.
 */
export function resolveColumns(header: string[], specs: FieldSpec[], mapping: ColumnMapping): { columns: Columns; errors: RowError[] } {
  const positions = new Map<string, number>();
  header.forEach((name, index) => {
    if (!positions.has(normalise(name))) positions.set(normalise(name), index);
  });

  const columns: Columns = {};
  const errors: RowError[] = [];
  for (const spec of specs) {
    const mapped = mapping[spec.field]?.trim();
    if (mapped) {
      const index = positions.get(normalise(mapped));
      if (index === undefined) {
        errors.push(fileError(spec.field, mapped, "unknown_column", { field: spec.field, found: header.join(", ") }));
      }
      columns[spec.field] = index === undefined ? null : { header: header[index], index };
      continue;
    }
    const name = spec.defaults.find((candidate) => positions.has(normalise(candidate)));
    columns[spec.field] = name === undefined ? null : { header: header[positions.get(normalise(name))!], index: positions.get(normalise(name))! };
  }
  return { columns, errors };
}

/** Build the error for a required field that has no column in the file. */
export function missingColumn(field: string, expected: string[], header: string[]): RowError {
  return fileError(field, "", "missing_column", { field, expected: expected.join(", "), found: header.join(", ") });
}

export function fileError(column: string, value: string, code: RowError["code"], params: RowError["params"] = {}): RowError {
  return { row: 1, column, value, code, params };
}

/** Header name per field for the preview; null where the field is not read. */
export function columnNames(columns: Columns): Record<string, string | null> {
  return Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, column?.header ?? null]));
}

/**
 * Read one cell through a parser. An empty cell is reported as missing and a parse failure with
 * its code; both return null after adding the error to `errors`.
 */
export function readCell<T>(
  record: CsvRecord,
  column: Column,
  parse: (text: string) => Parsed<T>,
  errors: RowError[],
): T | null {
  const text = record.cells[column.index] ?? "";
  if (text === "") {
    errors.push({ row: record.row, column: column.header, value: "", code: "missing_value", params: {} });
    return null;
  }
  const parsed = parse(text);
  if (parsed.ok) return parsed.value;
  errors.push({ row: record.row, column: column.header, value: text, code: parsed.code, params: parsed.params ?? {} });
  return null;
}

/**
 * Report cells beyond the header. A row with more cells than the header usually contains an
 * unquoted separator inside a value.
 */
export function extraFieldsError(record: CsvRecord, header: string[]): RowError | null {
  if (record.cells.length <= header.length) return null;
  const extra = record.cells.slice(header.length);
  if (extra.every((cell) => cell === "")) return null;
  return {
    row: record.row,
    column: "",
    value: extra.join(" "),
    code: "extra_fields",
    params: { expected: header.length, found: record.cells.length },
  };
}
