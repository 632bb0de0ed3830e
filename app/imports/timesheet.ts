import { isoWeekOf, isoWeekWindow } from "../kpi/calendar";
import { extraFieldsError, missingColumn, readCell, resolveColumns } from "./columns";
import { type KindContext, type KindResult, missingMetricErrors, snapshotsFor, teamSource } from "./kind";
import type { RowError, TeamRef } from "./types";
import { parseBoolean, parseDate, parseNumber } from "./values";

/** Header names that fill each field when the user maps nothing, English and Dutch. */
export const TIMESHEET_FIELDS = [
  { field: "date", defaults: ["date", "datum"] },
  { field: "person", defaults: ["person", "employee", "medewerker", "persoon", "email", "e-mail"] },
  { field: "team", defaults: ["team"] },
  { field: "hours", defaults: ["hours", "uren"] },
  { field: "billable", defaults: ["billable", "declarabel"] },
  { field: "amount", defaults: ["amount", "bedrag", "invoiced_amount"] },
];

export const TIMESHEET_METRICS = ["worked_hours", "billable_hours", "invoiced_amount"] as const;

interface WeekTotals {
  team: TeamRef;
  week: string;
  worked: number;
  billable: number;
  amount: number;
}

/**
 * Timesheet lines summed per team and ISO week (Monday to Sunday). Without an amount column the
 * invoiced amount is 0; with one, an empty amount cell is missing like any other value.
 * NOTE: a week's totals replace that week's totals from an earlier file, so files must cover whole
 * weeks: a Tuesday-only file after a Monday-only file of the same week keeps only Tuesday's hours.
 */
export function planTimesheet(context: KindContext): KindResult {
  const { table, matchers } = context;
  const { columns, errors } = resolveColumns(table.header, TIMESHEET_FIELDS, context.mapping);
  const result: KindResult = { columns, snapshots: [], errors, openDealsIgnored: 0 };

  for (const field of ["date", "hours", "billable"]) {
    // A mapped header missing from the file is already reported by resolveColumns.
    if (!columns[field] && !context.mapping[field]?.trim()) {
      errors.push(missingColumn(field, TIMESHEET_FIELDS.find((f) => f.field === field)!.defaults, table.header));
    }
  }
  const found = teamSource(columns, context.mapping, "person", { person: ["person", "medewerker"], team: ["team"] }, table.header);
  if ("error" in found && found.error) errors.push(found.error);
  errors.push(...missingMetricErrors(matchers, TIMESHEET_METRICS));
  if (errors.length > 0 || !("source" in found)) return result;
  const { source } = found;
  columns[source.by === "person" ? "team" : "person"] = null;

  const totals = new Map<string, WeekTotals>();
  for (const record of table.records) {
    const rowErrors: RowError[] = [];
    const extra = extraFieldsError(record, table.header);
    if (extra) rowErrors.push(extra);
    const date = readCell(record, columns.date!, parseDate, rowErrors);
    const team = readCell(record, source.column, source.by === "person" ? matchers.personTeam : matchers.team, rowErrors);
    const hours = readCell(record, columns.hours!, (text) => parseNumber(text, context.numberFormat), rowErrors);
    const billable = readCell(record, columns.billable!, parseBoolean, rowErrors);
    const amount = columns.amount ? readCell(record, columns.amount, (text) => parseNumber(text, context.numberFormat), rowErrors) : 0;

    errors.push(...rowErrors);
    if (rowErrors.length > 0 || !date || !team || hours === null || billable === null || amount === null) continue;
    const week = isoWeekOf(date);
    const key = `${team.id}|${week}`;
    const entry = totals.get(key) ?? { team, week, worked: 0, billable: 0, amount: 0 };
    entry.worked += hours;
    if (billable) entry.billable += hours;
    entry.amount += amount;
    totals.set(key, entry);
  }

  for (const entry of totals.values()) {
    result.snapshots.push(
      ...snapshotsFor(matchers, entry.team, isoWeekWindow(entry.week)!, {
        worked_hours: entry.worked,
        billable_hours: entry.billable,
        invoiced_amount: entry.amount,
      }),
    );
  }
  return result;
}
