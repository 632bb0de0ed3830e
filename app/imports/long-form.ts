import type { DateWindow } from "../kpi/calendar";
import { type Columns, extraFieldsError, missingColumn, readCell, resolveColumns } from "./columns";
import type { CsvRecord } from "./csv";
import type { KindContext, KindResult } from "./kind";
import type { PlannedSnapshot, RowError } from "./types";
import { parseDate, parseNumber, parsePeriod } from "./values";

/** Header names of the long form, English and Dutch. */
export const LONG_FORM_FIELDS = [
  { field: "period", defaults: ["period", "periode"] },
  { field: "date", defaults: ["date", "datum"] },
  { field: "period_start", defaults: ["period_start", "periode_start", "periode_begin"] },
  { field: "period_end", defaults: ["period_end", "periode_eind", "periode_einde"] },
  { field: "team", defaults: ["team"] },
  { field: "metric", defaults: ["metric", "metriek"] },
  { field: "value", defaults: ["value", "waarde"] },
];

/**
 * Snapshots in long form: one row per (period, team, metric, value). A stock metric needs a single
 * day (the day it was measured); the same metric, team and period twice in a file is an error.
 */
export function planLongForm(context: KindContext): KindResult {
  const { table, matchers } = context;
  const { columns, errors } = resolveColumns(table.header, LONG_FORM_FIELDS, context.mapping);
  const result: KindResult = { columns, snapshots: [], errors, openDealsIgnored: 0 };

  const hasPeriod = Boolean(columns.period || columns.date || (columns.period_start && columns.period_end));
  if (!hasPeriod) errors.push(missingColumn("period", ["period", "periode", "date", "datum", "period_start + period_end"], table.header));
  for (const field of ["team", "metric", "value"]) {
    if (!columns[field]) errors.push(missingColumn(field, LONG_FORM_FIELDS.find((f) => f.field === field)!.defaults, table.header));
  }
  if (errors.length > 0) return result;

  const firstRowOf = new Map<string, number>();
  for (const record of table.records) {
    const rowErrors: RowError[] = [];
    const extra = extraFieldsError(record, table.header);
    if (extra) rowErrors.push(extra);

    const team = readCell(record, columns.team!, matchers.team, rowErrors);
    const metric = readCell(record, columns.metric!, matchers.metric, rowErrors);
    const period = readPeriod(record, columns, context.fiscalStartMonth, rowErrors);
    const value = readCell(record, columns.value!, (text) => parseNumber(text, context.numberFormat), rowErrors);

    if (metric?.kind === "stock" && period && period.start !== period.end) {
      const column = (columns.period ?? columns.date ?? columns.period_start)!;
      rowErrors.push({
        row: record.row,
        column: column.header,
        value: record.cells[column.index] ?? "",
        code: "stock_needs_date",
        params: { metric: metric.key },
      });
    }

    if (team && metric && period && value !== null && rowErrors.length === 0) {
      const key = `${metric.id}|${team.id}|${period.start}|${period.end}`;
      const firstRow = firstRowOf.get(key);
      if (firstRow === undefined) {
        firstRowOf.set(key, record.row);
        result.snapshots.push(snapshotOf(metric, team, period, value));
      } else {
        rowErrors.push({ row: record.row, column: "", value: "", code: "duplicate_snapshot", params: { firstRow } });
      }
    }
    errors.push(...rowErrors);
  }
  return result;
}

function readPeriod(record: CsvRecord, columns: Columns, fiscalStartMonth: number, errors: RowError[]): DateWindow | null {
  if (columns.period) return readCell(record, columns.period, (text) => parsePeriod(text, fiscalStartMonth), errors);
  if (columns.date) {
    const date = readCell(record, columns.date, parseDate, errors);
    return date ? { start: date, end: date } : null;
  }
  const start = readCell(record, columns.period_start!, parseDate, errors);
  const end = readCell(record, columns.period_end!, parseDate, errors);
  if (!start || !end) return null;
  if (end < start) {
    const column = columns.period_end!;
    errors.push({ row: record.row, column: column.header, value: record.cells[column.index], code: "period_end_before_start", params: { start, end } });
    return null;
  }
  return { start, end };
}

function snapshotOf(
  metric: { id: number; key: string },
  team: { id: number; key: string },
  period: DateWindow,
  value: number,
): PlannedSnapshot {
  return {
    metricId: metric.id,
    metricKey: metric.key,
    teamId: team.id,
    teamKey: team.key,
    periodStart: period.start,
    periodEnd: period.end,
    value,
  };
}
