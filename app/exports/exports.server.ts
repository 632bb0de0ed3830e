import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { FieldErrors } from "../components/forms/field-errors";
import { translator } from "../i18n/i18n";
import type { Language } from "../i18n/language";
import type { IsoDate } from "../kpi/calendar";
import { chooseQuarter } from "../okr/reports.server";
import { cachedScoreQuarter } from "../okr/score-cache.server";
import type { Actor } from "../people/actor.server";
import { forbidden, ledTeamIds } from "../people/permissions.server";
import { CSV_DIALECTS, type CsvCell, writeCsv } from "./csv-writer";
import type { SnapshotExportFilter } from "./export-query";
import { scoreTable } from "./scores-export";

export interface CsvFile {
  fileName: string;
  text: string;
}

/**
 * Write a quarter's scores as CSV in the reader's language: the company, the teams, the objectives
 * and their key results. Every role reads OKRs, so every actor may export them; without a quarter
 * it is the quarter the dashboard opens on.
 */
export async function exportScores(
  db: Kysely<Database>,
  _actor: Actor,
  options: { quarter: string | null; today: IsoDate; language: Language },
): Promise<CsvFile> {
  const { quarter } = await chooseQuarter(db, options);
  const scores = await cachedScoreQuarter(db, { quarter, today: options.today });
  const company = scores.teams.find((team) => team.parentId === null);
  // No rows are filtered by the actor: admins, leads and members all read every objective.
  const table = scoreTable(scores, company?.name ?? "", translator(options.language));
  return { fileName: `scores-${quarter}.csv`, text: writeCsv(table.header, table.rows, CSV_DIALECTS[options.language]) };
}

/**
 * Look up which teams' snapshots the actor may export: every team for an admin, the teams a lead
 * leads and their subteams for a lead. Members get 403, as on the snapshots page.
 */
export async function snapshotExportTeams(db: Kysely<Database>, actor: Actor): Promise<Set<number>> {
  if (actor.role === "member") throw forbidden();
  return ledTeamIds(db, actor);
}

const SNAPSHOT_COLUMNS = [
  "metric",
  "metricName",
  "team",
  "teamName",
  "periodStart",
  "periodEnd",
  "value",
  "unit",
  "source",
  "recordedAt",
  "recordedBy",
] as const;

/**
 * Write the stored snapshots that match the filter as CSV, oldest period first, limited to the
 * teams the actor may export. Unknown metric or team keys come back as field errors.
 */
export async function exportSnapshots(
  db: Kysely<Database>,
  actor: Actor,
  options: { filter: SnapshotExportFilter; language: Language },
): Promise<{ ok: true; file: CsvFile } | { ok: false; errors: FieldErrors }> {
  const { filter, language } = options;
  const teamIds = await snapshotExportTeams(db, actor);
  const errors: FieldErrors = {};
  const metric = filter.metricKey
    ? await db.selectFrom("metrics").select("id").where("key", "=", filter.metricKey).executeTakeFirst()
    : undefined;
  if (filter.metricKey && !metric) errors.metric = { code: "unknown_metric", params: { value: filter.metricKey } };
  const team = filter.teamKey ? await db.selectFrom("teams").select("id").where("key", "=", filter.teamKey).executeTakeFirst() : undefined;
  // A team outside the actor's teams is reported as unknown, so the export does not confirm that it exists.
  if (filter.teamKey && (!team || !teamIds.has(team.id))) errors.team = { code: "unknown_team", params: { value: filter.teamKey } };
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  let query = db
    .selectFrom("metric_snapshots")
    .innerJoin("metrics", "metrics.id", "metric_snapshots.metric_id")
    .innerJoin("teams", "teams.id", "metric_snapshots.team_id")
    .leftJoin("people", "people.id", "metric_snapshots.recorded_by")
    .select([
      "metrics.key as metricKey",
      "metrics.name_nl",
      "metrics.name_en",
      "metrics.unit",
      "teams.key as teamKey",
      "teams.name as teamName",
      "metric_snapshots.period_start",
      "metric_snapshots.period_end",
      "metric_snapshots.value",
      "metric_snapshots.source",
      "metric_snapshots.recorded_at",
      "people.name as recordedBy",
    ])
    .where("metric_snapshots.team_id", "in", [...teamIds, -1]);
  if (metric) query = query.where("metric_snapshots.metric_id", "=", metric.id);
  if (team) query = query.where("metric_snapshots.team_id", "=", team.id);
  if (filter.from) query = query.where("metric_snapshots.mid_date", ">=", filter.from);
  if (filter.to) query = query.where("metric_snapshots.mid_date", "<=", filter.to);
  const snapshots = await query
    .orderBy("metric_snapshots.period_start")
    .orderBy("metrics.key")
    .orderBy("teams.key")
    .orderBy("metric_snapshots.period_end")
    .execute();

  const t = translator(language);
  const rows: CsvCell[][] = snapshots.map((s) => [
    s.metricKey,
    language === "nl" ? s.name_nl : s.name_en,
    s.teamKey,
    s.teamName,
    s.period_start,
    s.period_end,
    s.value,
    s.unit,
    t(`snapshots.sources.${s.source}`),
    s.recorded_at,
    s.recordedBy,
  ]);
  const header = SNAPSHOT_COLUMNS.map((column) => t(`exports.snapshots.columns.${column}`));
  const name = ["snapshots", filter.metricKey, filter.teamKey, filter.from, filter.to].filter(Boolean).join("-");
  return { ok: true, file: { fileName: `${name}.csv`, text: writeCsv(header, rows, CSV_DIALECTS[language]) } };
}

/** Word field errors of an export request as plain text lines in the reader's language. */
export function exportErrorText(errors: FieldErrors, language: Language): string {
  const t = translator(language);
  const lines = Object.values(errors).map((error) => t(`exports.errors.${error.code}`, error.params ?? {}));
  return `${lines.join("\n")}\n`;
}
