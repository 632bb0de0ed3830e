import type { MetricKind } from "../../db/schema";

export const IMPORT_KINDS = ["snapshots", "crm-deals", "timesheet"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** "nl" writes 1.234,56 (decimal comma, thousands dots); "en" writes 1,234.56. */
export type NumberFormat = "nl" | "en";
export const NUMBER_FORMAT_CHOICES = ["auto", "nl", "en"] as const;
export type NumberFormatChoice = (typeof NUMBER_FORMAT_CHOICES)[number];

export type Separator = ";" | "," | "\t";

export type RowErrorCode =
  | "missing_column"
  | "unknown_column"
  | "owner_and_team"
  | "no_data"
  | "unbalanced_quotes"
  | "extra_fields"
  | "missing_value"
  | "invalid_number"
  | "invalid_date"
  | "impossible_date"
  | "invalid_period"
  | "period_end_before_start"
  | "stock_needs_date"
  | "unknown_team"
  | "ambiguous_team"
  | "unknown_metric"
  | "unknown_person"
  | "ambiguous_person"
  | "close_before_engage"
  | "invalid_boolean"
  | "duplicate_snapshot"
  | "closed_quarter";

/**
 * A problem with one row, worded later in the reader's language. `row` is the row number a
 * spreadsheet shows (the header is row 1); errors about the file as a whole sit on row 1.
 */
export interface RowError {
  row: number;
  column: string;
  value: string;
  code: RowErrorCode;
  params: Record<string, string | number>;
}

/** Header names chosen by the user per field ("close_date" → "Sluitdatum"); absent fields use defaults. */
export type ColumnMapping = Partial<Record<string, string>>;

export interface MetricRef {
  id: number;
  key: string;
  kind: MetricKind;
}

export interface TeamRef {
  id: number;
  key: string;
  name: string;
}

export interface PersonRef {
  id: number;
  name: string;
  email: string;
  teamId: number;
}

/** The rows of the metrics, teams and people tables that imports match values against. */
export interface ImportLookups {
  metrics: MetricRef[];
  teams: TeamRef[];
  people: PersonRef[];
  /** 1 = calendar quarters; a quarter period ("2026-Q1") follows the fiscal year. */
  fiscalStartMonth: number;
}

/** A snapshot the import will write, with the keys kept for the preview. */
export interface PlannedSnapshot {
  metricId: number;
  metricKey: string;
  teamId: number;
  teamKey: string;
  periodStart: string;
  periodEnd: string;
  value: number;
}

export interface ImportOptions {
  kind: ImportKind;
  numberFormat: NumberFormatChoice;
  mapping: ColumnMapping;
}

/** Everything a file turns into: the snapshots to write, or the reasons it cannot be written. */
export interface ImportPlan {
  separator: Separator;
  numberFormat: NumberFormat;
  header: string[];
  /** Field → header name actually used, null when the field is not read. */
  columns: Record<string, string | null>;
  /** Data rows read (header and blank rows not counted). */
  rowsRead: number;
  /** Blank rows and rows of only separators. */
  rowsSkipped: number;
  /** CRM deals in a stage other than won or lost. */
  openDealsIgnored: number;
  snapshots: PlannedSnapshot[];
  errors: RowError[];
}
