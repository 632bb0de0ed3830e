import { columnNames } from "./columns";
import { planCrmDeals } from "./crm-deals";
import { defaultNumberFormat, readCsv } from "./csv";
import type { KindContext, KindResult } from "./kind";
import { planLongForm } from "./long-form";
import { createMatchers } from "./matching";
import { planTimesheet } from "./timesheet";
import type { ImportKind, ImportLookups, ImportOptions, ImportPlan } from "./types";

const PLANNERS: Record<ImportKind, (context: KindContext) => KindResult> = {
  snapshots: planLongForm,
  "crm-deals": planCrmDeals,
  timesheet: planTimesheet,
};

/**
 * Read a CSV text and turn it into the snapshots an import writes, with every row error. Pure: the
 * lookups carry the metrics, teams and people to match against. Errors come sorted by row.
 */
export function planImport(text: string, options: ImportOptions, lookups: ImportLookups): ImportPlan {
  const table = readCsv(text);
  const numberFormat = options.numberFormat === "auto" ? defaultNumberFormat(table.separator) : options.numberFormat;
  const base = {
    separator: table.separator,
    numberFormat,
    header: table.header,
    rowsRead: table.records.length,
    rowsSkipped: table.blankRows,
  };

  if (table.header.every((name) => name === "") || table.records.length === 0) {
    return { ...base, columns: {}, openDealsIgnored: 0, snapshots: [], errors: [...table.errors, noDataError()] };
  }

  const result = PLANNERS[options.kind]({
    table,
    numberFormat,
    mapping: options.mapping,
    matchers: createMatchers(lookups),
    fiscalStartMonth: lookups.fiscalStartMonth,
  });
  const errors = [...table.errors, ...result.errors].sort((a, b) => a.row - b.row);
  return {
    ...base,
    columns: columnNames(result.columns),
    openDealsIgnored: result.openDealsIgnored,
    // With errors these are the snapshots of the valid rows only; runImport then writes nothing.
    snapshots: result.snapshots,
    errors,
  };
}

function noDataError() {
  return { row: 1, column: "", value: "", code: "no_data" as const, params: {} };
}
