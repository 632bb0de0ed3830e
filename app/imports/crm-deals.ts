import { daysBetween, monthOf, monthWindow } from "../kpi/calendar";
import { extraFieldsError, missingColumn, readCell, resolveColumns } from "./columns";
import { type KindContext, type KindResult, missingMetricErrors, snapshotsFor, teamSource } from "./kind";
import type { RowError, TeamRef } from "./types";
import { parseDate, parseNumber } from "./values";

/** Header names that fill each field when the user maps nothing; they fit common CRM exports. */
export const CRM_FIELDS = [
  { field: "stage", defaults: ["deal_stage", "stage", "fase"] },
  { field: "engage_date", defaults: ["engage_date", "startdatum"] },
  { field: "close_date", defaults: ["close_date", "sluitdatum"] },
  { field: "value", defaults: ["close_value", "value", "waarde"] },
  { field: "owner", defaults: ["sales_agent", "owner", "eigenaar"] },
  { field: "team", defaults: ["team"] },
];

export const CRM_METRICS = ["deals_won", "deals_lost", "deals_won_value", "deals_lost_value", "sales_cycle_days"] as const;

const WON = new Set(["won", "gewonnen"]);
const LOST = new Set(["lost", "verloren"]);

interface MonthTotals {
  team: TeamRef;
  month: string;
  won: number;
  lost: number;
  wonValue: number;
  lostValue: number;
  cycleDays: number;
}

/**
 * CRM deals, one row per deal, summed per team and calendar month of the close date. Deals in any
 * stage other than won or lost are open: counted, not read further.
 */
export function planCrmDeals(context: KindContext): KindResult {
  const { table, matchers } = context;
  const { columns, errors } = resolveColumns(table.header, CRM_FIELDS, context.mapping);
  const result: KindResult = { columns, snapshots: [], errors, openDealsIgnored: 0 };

  for (const field of ["stage", "engage_date", "close_date", "value"]) {
    // A mapped header missing from the file is already reported by resolveColumns.
    if (!columns[field] && !context.mapping[field]?.trim()) {
      errors.push(missingColumn(field, CRM_FIELDS.find((f) => f.field === field)!.defaults, table.header));
    }
  }
  const found = teamSource(columns, context.mapping, "owner", { person: ["sales_agent"], team: ["team"] }, table.header);
  if ("error" in found && found.error) errors.push(found.error);
  errors.push(...missingMetricErrors(matchers, CRM_METRICS));
  if (errors.length > 0 || !("source" in found)) return result;
  const { source } = found;
  // Only the column the team comes from is shown as read.
  columns[source.by === "person" ? "team" : "owner"] = null;

  const totals = new Map<string, MonthTotals>();
  for (const record of table.records) {
    const stage = (record.cells[columns.stage!.index] ?? "").toLowerCase();
    const won = WON.has(stage);
    if (!won && !LOST.has(stage)) {
      result.openDealsIgnored += 1;
      continue;
    }

    const rowErrors: RowError[] = [];
    const extra = extraFieldsError(record, table.header);
    if (extra) rowErrors.push(extra);
    const team = readCell(record, source.column, source.by === "person" ? matchers.personTeam : matchers.team, rowErrors);
    const close = readCell(record, columns.close_date!, parseDate, rowErrors);
    const value = readCell(record, columns.value!, (text) => parseNumber(text, context.numberFormat), rowErrors);
    // The engage date is needed for the sales cycle of a won deal; a lost deal may lack it.
    const engageText = record.cells[columns.engage_date!.index] ?? "";
    const engage = won || engageText !== "" ? readCell(record, columns.engage_date!, parseDate, rowErrors) : null;
    if (engage && close && close < engage) {
      rowErrors.push({
        row: record.row,
        column: columns.close_date!.header,
        value: record.cells[columns.close_date!.index],
        code: "close_before_engage",
        params: { engage, close },
      });
    }

    errors.push(...rowErrors);
    if (rowErrors.length > 0 || !team || !close || value === null) continue;
    const month = monthOf(close);
    const key = `${team.id}|${month}`;
    const entry = totals.get(key) ?? { team, month, won: 0, lost: 0, wonValue: 0, lostValue: 0, cycleDays: 0 };
    if (won) {
      entry.won += 1;
      entry.wonValue += value;
      entry.cycleDays += daysBetween(engage!, close);
    } else {
      entry.lost += 1;
      entry.lostValue += value;
    }
    totals.set(key, entry);
  }

  for (const entry of totals.values()) {
    result.snapshots.push(
      ...snapshotsFor(matchers, entry.team, monthWindow(entry.month)!, {
        deals_won: entry.won,
        deals_lost: entry.lost,
        deals_won_value: entry.wonValue,
        deals_lost_value: entry.lostValue,
        sales_cycle_days: entry.cycleDays,
      }),
    );
  }
  return result;
}
