import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvResponse } from "~/exports/csv-response";
import { CSV_DIALECTS, type CsvCell, writeCsv } from "~/exports/csv-writer";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { parseQuarterParam } from "~/okr/quarter-param";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";
import { loadMoodReport } from "~/surveys/report.server";

// The export is built from the same report as the page, so it contains exactly the shown cells: a
// hidden or empty team-week has no row. Separator, decimal mark and byte order mark follow the
// reader's language, as in the other exports.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "lead");

  const language = await getLanguage(request);
  const t = translator(language);
  const { quarter, errors } = parseQuarterParam(new URL(request.url));
  if (Object.keys(errors).length > 0) {
    const value = new URL(request.url).searchParams.get("quarter") ?? "";
    return new Response(t("survey.errors.invalid_quarter", { value }), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const report = await loadMoodReport(context.db, actor, { quarter, now: context.now() });

  const nameOf = new Map(report.teams.map((team) => [team.id, team.name]));
  const rows: CsvCell[][] = [
    ...report.cells.map((cell) => [
      t("survey.export.surveys.mood"),
      nameOf.get(cell.teamId) ?? "",
      cell.week,
      cell.responses,
      round(cell.moodIndex),
      cell.participation === null ? null : round(cell.participation),
    ]),
    ...report.enps.map((row) => [t("survey.export.surveys.enps"), nameOf.get(row.teamId) ?? "", report.quarter, row.responses, round(row.score), null]),
  ];
  const header = EXPORT_COLUMNS.map((column) => t(`survey.export.columns.${column}`));
  return csvResponse(`mood-${report.quarter}.csv`, writeCsv(header, rows, CSV_DIALECTS[language]));
}

const EXPORT_COLUMNS = ["survey", "team", "period", "answers", "value", "participation"] as const;

/** Round to four decimals, as scores are stored. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;
