import type { LoaderFunctionArgs } from "@remix-run/node";
import Papa from "papaparse";
import { translator } from "~/i18n/i18n";
import { getLanguage } from "~/i18n/language.server";
import { parseQuarterParam } from "~/okr/quarter-param";
import { requireActor } from "~/people/actor.server";
import { requireRole } from "~/people/permissions.server";
import { loadMoodReport } from "~/surveys/report.server";

// The export is built from the same report as the page, so it contains exactly the shown cells: a
// hidden or empty team-week has no row.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireActor(request, context.db);
  requireRole(actor, "lead");

  const { quarter, errors } = parseQuarterParam(new URL(request.url));
  if (Object.keys(errors).length > 0) {
    const t = translator(await getLanguage(request));
    const value = new URL(request.url).searchParams.get("quarter") ?? "";
    return new Response(t("survey.errors.invalid_quarter", { value }), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const report = await loadMoodReport(context.db, actor, { quarter, now: context.now() });

  const nameOf = new Map(report.teams.map((team) => [team.id, team.name]));
  const rows = [
    ...report.cells.map((cell) => ({
      survey: "mood",
      team: nameOf.get(cell.teamId) ?? "",
      period: cell.week,
      answers: cell.responses,
      value: round(cell.moodIndex),
      participation: cell.participation === null ? "" : round(cell.participation),
    })),
    ...report.enps.map((row) => ({
      survey: "enps",
      team: nameOf.get(row.teamId) ?? "",
      period: report.quarter,
      answers: row.responses,
      value: round(row.score),
      participation: "",
    })),
  ];
  const csv = Papa.unparse(rows, { columns: ["survey", "team", "period", "answers", "value", "participation"] });
  return new Response(`${csv}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="mood-${report.quarter}.csv"`,
    },
  });
}

/** Round to four decimals, as scores are stored. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;
