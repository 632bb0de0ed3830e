import { type Column, type Columns, fileError, missingColumn } from "./columns";
import type { CsvTable } from "./csv";
import type { Matchers } from "./matching";
import type { ColumnMapping, NumberFormat, PlannedSnapshot, RowError, TeamRef } from "./types";

/** Input of every import kind: the CSV table, its number format, the mapping and the matchers. */
export interface KindContext {
  table: CsvTable;
  numberFormat: NumberFormat;
  mapping: ColumnMapping;
  matchers: Matchers;
  fiscalStartMonth: number;
}

export interface KindResult {
  columns: Columns;
  snapshots: PlannedSnapshot[];
  errors: RowError[];
  openDealsIgnored: number;
}

// Sums are rounded to 6 decimals, so that float noise (0.1 + 0.2) is never stored as a value.
export const roundSum = (value: number) => Math.round(value * 1e6) / 1e6;

/** Plan one snapshot per metric for a team and period, zeros included. */
export function snapshotsFor(
  matchers: Matchers,
  team: TeamRef,
  period: { start: string; end: string },
  values: Record<string, number>,
): PlannedSnapshot[] {
  return Object.entries(values).map(([metricKey, value]) => {
    const metric = matchers.metricByKey(metricKey)!;
    return {
      metricId: metric.id,
      metricKey: metric.key,
      teamId: team.id,
      teamKey: team.key,
      periodStart: period.start,
      periodEnd: period.end,
      value: roundSum(value),
    };
  });
}

/** Errors on row 1 for metrics an aggregating import writes but the database does not have. */
export function missingMetricErrors(matchers: Matchers, keys: readonly string[]): RowError[] {
  return keys
    .filter((key) => !matchers.metricByKey(key))
    .map((key) => ({ row: 1, column: "", value: key, code: "unknown_metric" as const, params: {} }));
}

/**
 * Choose the column a row's team comes from: a person column (name or email, then that person's
 * team) or a team column (key or name). A field the user mapped wins over a default header, and
 * mapping both is an error.
 */
export function teamSource(
  columns: Columns,
  mapping: ColumnMapping,
  personField: string,
  defaults: { person: string[]; team: string[] },
  header: string[],
): { source: { column: Column; by: "person" | "team" } } | { error: RowError | null } {
  const person = columns[personField];
  const team = columns.team;
  const mappedPerson = Boolean(mapping[personField]?.trim());
  const mappedTeam = Boolean(mapping.team?.trim());
  if (mappedPerson && mappedTeam) {
    return { error: fileError(personField, "", "owner_and_team", { person: mapping[personField]!, team: mapping.team! }) };
  }
  // A mapped header missing from the file is already reported by resolveColumns.
  if ((mappedPerson && !person) || (mappedTeam && !team)) return { error: null };
  if (team && (mappedTeam || (!mappedPerson && !person))) return { source: { column: team, by: "team" } };
  if (person) return { source: { column: person, by: "person" } };
  return { error: missingColumn(personField, [...defaults.person, ...defaults.team], header) };
}
