import { z } from "zod";
import type { FieldErrors } from "../components/forms/field-errors";
import { type IsoDate, parseIsoDate } from "./calendar";

export const KPI_INTERVALS = ["week", "month", "quarter"] as const;
export type KpiInterval = (typeof KPI_INTERVALS)[number];

/** The view the KPI page draws: teams, interval and a range of days (both ends inclusive). */
export interface KpiQuery {
  teamIds: number[];
  interval: KpiInterval;
  from: IsoDate;
  to: IsoDate;
}

const teamIdSchema = z.coerce.number().int().positive();
const intervalSchema = z.enum(KPI_INTERVALS);
// Strict: "2026-02-31" is rejected, never rolled over to March.
const dateSchema = z.string().refine((text) => parseIsoDate(text) !== null);

/**
 * Read the KPI page's search parameters (?team=1&team=2&interval=month&from=…&to=…). Parts that are
 * absent or empty stay undefined, so the page's defaults apply. Invalid parts are left out of the
 * query and become field errors that carry the value as entered.
 */
export function parseKpiQuery(url: URL): { query: Partial<KpiQuery>; errors: FieldErrors } {
  const params = url.searchParams;
  const query: Partial<KpiQuery> = {};
  const errors: FieldErrors = {};

  const teams = params.getAll("team").filter((value) => value !== "");
  const teamIds = teams.map((value) => teamIdSchema.safeParse(value));
  const badTeams = teams.filter((_, i) => !teamIds[i].success);
  if (badTeams.length > 0) errors.team = { code: "unknown_team", params: { value: badTeams.join(", ") } };
  const goodTeams = teamIds.flatMap((result) => (result.success ? [result.data] : []));
  if (goodTeams.length > 0) query.teamIds = [...new Set(goodTeams)];

  const interval = params.get("interval");
  if (interval) {
    const parsed = intervalSchema.safeParse(interval);
    if (parsed.success) query.interval = parsed.data;
    else errors.interval = { code: "invalid_interval", params: { value: interval } };
  }

  Object.assign(query, readDateRange(params, errors));
  return { query, errors };
}

/**
 * Read the optional ?from= and ?to= days of a page. An invalid day is left out and becomes an
 * invalid_date field error that carries the value as entered.
 */
export function readDateRange(params: URLSearchParams, errors: FieldErrors): { from?: IsoDate; to?: IsoDate } {
  const range: { from?: IsoDate; to?: IsoDate } = {};
  for (const field of ["from", "to"] as const) {
    const value = params.get(field);
    if (!value) continue;
    const parsed = dateSchema.safeParse(value);
    if (parsed.success) range[field] = parsed.data;
    else errors[field] = { code: "invalid_date", params: { value } };
  }
  return range;
}
