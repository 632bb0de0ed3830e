import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { FieldErrors } from "../components/forms/field-errors";
import { teamsInTreeOrder } from "../okr/dashboard";
import type { KpiSummary, MetricSummary } from "../okr/report-types";
import { getSettings } from "../okr/settings.server";
import { listTeams } from "../people/teams.server";
import type { IsoDate } from "./calendar";
import { getKpiByKey } from "./catalog.server";
import { identifiersIn } from "./formula-text";
import { checkKpiRange, defaultKpiRange, type KpiChartData, kpiChartData, MAX_KPI_RANGE_DAYS } from "./chart-data";
import type { KpiQuery } from "./kpi-query";
import { kpiSeries } from "./series.server";
import type { KpiParameter } from "./types";

/** List every KPI with its names, formula, unit and direction, built-in ones first. */
export async function listKpiSummaries(db: Kysely<Database>): Promise<KpiSummary[]> {
  return db
    .selectFrom("kpis")
    .select(["id", "key", "name_nl", "name_en", "formula", "unit", "direction"])
    .orderBy("builtin", "desc")
    .orderBy("key")
    .execute();
}

export async function listMetricSummaries(db: Kysely<Database>): Promise<MetricSummary[]> {
  return db.selectFrom("metrics").select(["key", "name_nl", "name_en", "unit"]).orderBy("key").execute();
}

/**
 * Find the middle day of the latest snapshot of any metric the formula names, or null without one.
 * A snapshot counts in the window that contains its middle day, so this is the last day with data.
 */
export async function latestSnapshotDay(db: Kysely<Database>, formula: string): Promise<IsoDate | null> {
  // The other identifiers of a formula (functions, parameters, window variables) match no metric key.
  const identifiers = identifiersIn(formula);
  if (identifiers.length === 0) return null;
  const row = await db
    .selectFrom("metric_snapshots")
    .innerJoin("metrics", "metrics.id", "metric_snapshots.metric_id")
    .select((eb) => eb.fn.max("metric_snapshots.mid_date").as("latest"))
    .where("metrics.key", "in", identifiers)
    .executeTakeFirst();
  return row?.latest ?? null;
}

export interface KpiReport {
  kpi: KpiSummary & { description_nl: string; description_en: string; params: KpiParameter[] };
  /** Every team in the order of the team tree, for the team checkboxes. */
  teams: { id: number; name: string; depth: number }[];
  /** The query drawn: the reader's, with defaults where a part was missing or rejected. */
  query: KpiQuery;
  /** Parts of the reader's query that were rejected: "team" (unknown team ids), "to" (the range). */
  errors: FieldErrors;
  chart: KpiChartData;
}

/** Look up a KPI by key with its descriptions; null when there is none. */
export async function getKpiSummary(db: Kysely<Database>, key: string): Promise<Omit<KpiReport["kpi"], "params"> | null> {
  const kpi = await db
    .selectFrom("kpis")
    .select(["id", "key", "name_nl", "name_en", "description_nl", "description_en", "formula", "unit", "direction"])
    .where("key", "=", key)
    .executeTakeFirst();
  return kpi ?? null;
}

/**
 * Compute a KPI's value per interval for each chosen team. Parts of the query that the reader left
 * out or got wrong fall back to the company and its direct subteams, per month, over the last four
 * quarters with data. Returns null for an unknown KPI.
 */
export async function loadKpiReport(
  db: Kysely<Database>,
  kpiKey: string,
  options: { query: Partial<KpiQuery>; today: IsoDate },
): Promise<KpiReport | null> {
  const kpi = await getKpiSummary(db, kpiKey);
  const definition = await getKpiByKey(db, kpiKey);
  if (!kpi || !definition) return null;

  const settings = await getSettings(db);
  const teams = await listTeams(db);
  const ordered = teamsInTreeOrder(teams.map((t) => ({ id: t.id, name: t.name, parentId: t.parent_id })));
  const errors: FieldErrors = {};

  const known = new Set(teams.map((t) => t.id));
  const requested = options.query.teamIds ?? [];
  const unknown = requested.filter((id) => !known.has(id));
  if (unknown.length > 0) errors.team = { code: "unknown_team", params: { value: unknown.join(", ") } };
  const chosen = requested.filter((id) => known.has(id));
  const teamIds = chosen.length > 0 ? chosen : ordered.filter((o) => o.depth <= 1).map((o) => o.team.id);

  const fallback = defaultKpiRange(await latestSnapshotDay(db, kpi.formula), options.today, settings.fiscalStartMonth);
  let range = { start: options.query.from ?? fallback.start, end: options.query.to ?? fallback.end };
  const problem = checkKpiRange(range);
  if (problem) {
    errors.to = { code: problem, params: { from: range.start, to: range.end, max: MAX_KPI_RANGE_DAYS } };
    range = fallback;
  }

  const query: KpiQuery = { teamIds, interval: options.query.interval ?? "month", from: range.start, to: range.end };
  const series = await kpiSeries(db, {
    kpi: definition,
    teamIds,
    from: query.from,
    to: query.to,
    interval: query.interval,
    fiscalStartMonth: settings.fiscalStartMonth,
  });
  const teamOrder = ordered.map((o) => o.team.id).filter((id) => teamIds.includes(id));

  return {
    kpi: { ...kpi, params: definition.params },
    teams: ordered.map(({ team, depth }) => ({ id: team.id, name: team.name, depth })),
    query,
    errors,
    chart: kpiChartData(series, teamOrder),
  };
}
