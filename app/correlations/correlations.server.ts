import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { FieldErrors } from "../components/forms/field-errors";
import type { DateWindow, IsoDate } from "../kpi/calendar";
import { getKpiByKey } from "../kpi/catalog.server";
import { checkKpiRange, defaultKpiRange, MAX_KPI_RANGE_DAYS } from "../kpi/chart-data";
import { latestSnapshotDay, listKpiSummaries } from "../kpi/kpi-report.server";
import { kpiSeries } from "../kpi/series.server";
import type { KpiRecord } from "../kpi/catalog.server";
import { teamsInTreeOrder } from "../okr/dashboard";
import type { KpiSummary } from "../okr/report-types";
import { getSettings } from "../okr/settings.server";
import type { Actor } from "../people/actor.server";
import { listTeams } from "../people/teams.server";
import type { CorrelationQuery } from "./correlation-query";
import { correlateLags, type LagResult, type SeriesValue } from "./pearson";

export interface CorrelationReport {
  kpis: KpiSummary[];
  /** Every team in the order of the team tree, for the team choice. */
  teams: { id: number; key: string; name: string; depth: number }[];
  /** The query shown: the reader's, with the team and range filled in. */
  query: CorrelationQuery & { teamKey: string; from: IsoDate; to: IsoDate };
  errors: FieldErrors;
  /** Null until two known KPIs are chosen. */
  result: {
    kpiA: KpiSummary;
    kpiB: KpiSummary;
    /** Both series per period, values in display unit (56 for 56%). */
    series: { period: string; a: number | null; b: number | null }[];
    lags: LagResult[];
  } | null;
}

/**
 * Compute two KPIs for one team per week or month and Pearson's r between them for lags 0 to 3.
 * Without a team the company is compared; without a range, the last four quarters up to the
 * latest snapshot of either KPI's metrics. Every role may read KPI values, as on the KPI pages.
 */
export async function loadCorrelation(
  db: Kysely<Database>,
  _actor: Actor,
  options: { query: CorrelationQuery; today: IsoDate },
): Promise<CorrelationReport> {
  // NOTE: this page adds no privacy check of its own. Survey-fed KPIs (mood index, eNPS) are safe to
  // show to every role only because the survey writes snapshots only for groups large enough to show.
  const errors: FieldErrors = {};
  const settings = await getSettings(db);
  const kpis = await listKpiSummaries(db);
  const teams = await listTeams(db);
  const ordered = teamsInTreeOrder(teams.map((t) => ({ id: t.id, key: t.key, name: t.name, parentId: t.parent_id })));

  const requestedTeam = options.query.teamKey ? ordered.find((o) => o.team.key === options.query.teamKey) : undefined;
  if (options.query.teamKey && !requestedTeam) errors.team = { code: "unknown_team", params: { value: options.query.teamKey } };
  const team = requestedTeam?.team ?? ordered[0]?.team;

  const definitionA = await findKpi(db, options.query.kpiA, "a", errors);
  const definitionB = await findKpi(db, options.query.kpiB, "b", errors);

  const range = await chooseRange(db, options, [definitionA, definitionB], settings.fiscalStartMonth, errors);
  const query = { ...options.query, teamKey: team?.key ?? "", from: range.start, to: range.end };
  const report: CorrelationReport = {
    kpis,
    teams: ordered.map(({ team: t, depth }) => ({ id: t.id, key: t.key, name: t.name, depth })),
    query,
    errors,
    result: null,
  };
  if (!definitionA || !definitionB || !team) return report;

  // NOTE: per week, a KPI fed only by monthly snapshots has a value in the one week holding each
  // month's middle day, so lags of 1 to 3 weeks find no pairs. The page does not yet say why.
  const request = { teamIds: [team.id], from: range.start, to: range.end, interval: query.interval, fiscalStartMonth: settings.fiscalStartMonth };
  const pointsA = (await kpiSeries(db, { ...request, kpi: definitionA })).get(team.id) ?? [];
  const pointsB = (await kpiSeries(db, { ...request, kpi: definitionB })).get(team.id) ?? [];
  const seriesA: SeriesValue[] = pointsA.map((p) => ({ period: p.period, value: p.value }));
  const seriesB: SeriesValue[] = pointsB.map((p) => ({ period: p.period, value: p.value }));

  const summaryOf = (key: string) => kpis.find((kpi) => kpi.key === key)!;
  report.result = {
    kpiA: summaryOf(definitionA.key),
    kpiB: summaryOf(definitionB.key),
    series: seriesA.map((point, i) => ({ period: point.period, a: point.value, b: seriesB[i]?.value ?? null })),
    lags: correlateLags(seriesA, seriesB),
  };
  return report;
}

async function findKpi(db: Kysely<Database>, key: string | undefined, field: "a" | "b", errors: FieldErrors): Promise<KpiRecord | null> {
  if (!key) return null;
  const kpi = await getKpiByKey(db, key);
  if (!kpi) errors[field] = { code: "unknown_kpi", params: { value: key } };
  return kpi;
}

/** Take the reader's range, or fall back to the last four quarters with data of either KPI. */
async function chooseRange(
  db: Kysely<Database>,
  options: { query: CorrelationQuery; today: IsoDate },
  definitions: (KpiRecord | null)[],
  fiscalStartMonth: number,
  errors: FieldErrors,
): Promise<DateWindow> {
  let latest: IsoDate | null = null;
  for (const definition of definitions) {
    const day = definition ? await latestSnapshotDay(db, definition.formula) : null;
    if (day !== null && (latest === null || day > latest)) latest = day;
  }
  const fallback = defaultKpiRange(latest, options.today, fiscalStartMonth);
  const range = { start: options.query.from ?? fallback.start, end: options.query.to ?? fallback.end };
  const problem = checkKpiRange(range);
  if (!problem) return range;
  errors.to = { code: problem, params: { from: range.start, to: range.end, max: MAX_KPI_RANGE_DAYS } };
  return fallback;
}
