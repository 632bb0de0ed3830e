import { z } from "zod";
import type { FieldErrors } from "../components/forms/field-errors";
import type { IsoDate } from "../kpi/calendar";
import { readDateRange } from "../kpi/kpi-query";
import { LAGS } from "./pearson";

export const CORRELATION_INTERVALS = ["week", "month"] as const;
export type CorrelationInterval = (typeof CORRELATION_INTERVALS)[number];

/** Comparison the correlations page draws: two KPIs for one team, per week or month. */
export interface CorrelationQuery {
  kpiA?: string;
  kpiB?: string;
  teamKey?: string;
  interval: CorrelationInterval;
  /** The lag the scatter plot shows. */
  lag: number;
  from?: IsoDate;
  to?: IsoDate;
}

const keySchema = z.string().regex(/^[a-z0-9_-]{1,100}$/);
const intervalSchema = z.enum(CORRELATION_INTERVALS);
const lagSchema = z.coerce.number().int().min(0).max(LAGS[LAGS.length - 1]);

/**
 * Read ?a=&b=&team=&interval=&lag=&from=&to= of the correlations page. Absent or empty parts take
 * their defaults (month, lag 0, the page's default range). Invalid parts become field errors that
 * carry the value as entered, and the query leaves them out.
 */
export function parseCorrelationQuery(url: URL): { query: CorrelationQuery; errors: FieldErrors } {
  const params = url.searchParams;
  const query: CorrelationQuery = { interval: "month", lag: 0 };
  const errors: FieldErrors = {};

  for (const [param, field] of [["a", "kpiA"], ["b", "kpiB"], ["team", "teamKey"]] as const) {
    const value = params.get(param);
    if (!value) continue;
    const parsed = keySchema.safeParse(value);
    if (parsed.success) query[field] = parsed.data;
    else errors[param] = { code: param === "team" ? "unknown_team" : "unknown_kpi", params: { value } };
  }

  const interval = params.get("interval");
  if (interval) {
    const parsed = intervalSchema.safeParse(interval);
    if (parsed.success) query.interval = parsed.data;
    else errors.interval = { code: "invalid_interval", params: { value: interval } };
  }

  const lag = params.get("lag");
  if (lag) {
    const parsed = lagSchema.safeParse(lag);
    if (parsed.success) query.lag = parsed.data;
    else errors.lag = { code: "invalid_lag", params: { value: lag } };
  }

  Object.assign(query, readDateRange(params, errors));
  return { query, errors };
}
