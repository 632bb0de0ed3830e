import { z } from "zod";
import type { FieldErrors } from "../components/forms/field-errors";
import { type IsoDate, parseIsoDate } from "../kpi/calendar";

/** Filters of the snapshots export; an absent part does not filter. */
export interface SnapshotExportFilter {
  metricKey?: string;
  teamKey?: string;
  /** Snapshots whose middle day (the day that decides where a snapshot counts) lies in [from, to]. */
  from?: IsoDate;
  to?: IsoDate;
}

// Keys of metrics and teams are slugs; anything else cannot match and is rejected as invalid.
const keySchema = z.string().regex(/^[a-z0-9_-]{1,100}$/);
// Strict: "2026-02-31" is rejected, never rolled over to March.
const dateSchema = z.string().refine((text) => parseIsoDate(text) !== null);

/**
 * Read the snapshots export's search parameters (?metric=&team=&from=&to=). Empty parameters are
 * absent; invalid ones become field errors that carry the value as entered.
 */
export function parseSnapshotExportQuery(url: URL): { filter: SnapshotExportFilter; errors: FieldErrors } {
  const params = url.searchParams;
  const filter: SnapshotExportFilter = {};
  const errors: FieldErrors = {};

  for (const [param, field] of [["metric", "metricKey"], ["team", "teamKey"]] as const) {
    const value = params.get(param);
    if (!value) continue;
    const parsed = keySchema.safeParse(value);
    if (parsed.success) filter[field] = parsed.data;
    else errors[param] = { code: `unknown_${param}`, params: { value } };
  }

  for (const field of ["from", "to"] as const) {
    const value = params.get(field);
    if (!value) continue;
    const parsed = dateSchema.safeParse(value);
    if (parsed.success) filter[field] = parsed.data;
    else errors[field] = { code: "invalid_date", params: { value } };
  }

  if (filter.from && filter.to && filter.from > filter.to) {
    errors.to = { code: "from_after_to", params: { from: filter.from, to: filter.to } };
  }
  return { filter, errors };
}
