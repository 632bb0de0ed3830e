import { LineChart, type StyledLine } from "~/components/charts/line-chart";
import { MoodHeatmap } from "~/components/charts/mood-heatmap";
import { SERIES_COLOURS } from "~/components/charts/palette";
import { useText } from "~/components/use-text";
import { formatKpiValue, formatNumber, formatPercent } from "~/i18n/format";
import type { MoodReport } from "../report.server";

type Report = Pick<MoodReport, "weeks" | "teams" | "cells" | "summaries" | "enps" | "enpsClosed" | "quarter">;

const cellKey = (teamId: number, week: string) => `${teamId}|${week}`;

/** Draw the mood index per team over the quarter's ended weeks, one line per team with any shown week. */
export function MoodLines({ report }: { report: Report }) {
  const { t, language } = useText();
  const closedWeeks = report.weeks.filter((w) => w.closed).map((w) => w.week);
  const byKey = new Map(report.cells.map((cell) => [cellKey(cell.teamId, cell.week), cell]));
  const lines: StyledLine[] = report.teams
    .map((team, index) => ({
      id: String(team.id),
      label: team.name,
      colour: SERIES_COLOURS[index % SERIES_COLOURS.length],
      data: closedWeeks.map((week) => ({ x: week, y: byKey.get(cellKey(team.id, week))?.moodIndex ?? null })),
    }))
    .filter((line) => line.data.some((point) => point.y !== null));
  if (lines.length === 0) return <p className="muted">{t("survey.mood.noData")}</p>;
  return (
    <LineChart
      lines={lines}
      ariaLabel={t("survey.mood.lineTitle")}
      formatX={(week) => week}
      formatY={(value) => formatNumber(language, value, 1)}
      yMin={1}
      yMax={5}
    />
  );
}

/** Draw teams × weeks, coloured by mood index. Open, empty and hidden weeks look the same. */
export function MoodHeatmapView({ report }: { report: Report }) {
  const { t, language } = useText();
  if (report.cells.length === 0) return null;
  const byKey = new Map(report.cells.map((cell) => [cellKey(cell.teamId, cell.week), cell]));
  const rows = report.teams.map((team) => ({
    id: team.name,
    data: report.weeks.map((week) => ({ x: week.week, y: byKey.get(cellKey(team.id, week.week))?.moodIndex ?? null })),
  }));
  return <MoodHeatmap rows={rows} ariaLabel={t("survey.mood.heatmapTitle")} formatValue={(v) => formatNumber(language, v, 1)} min={1} max={5} />;
}

/** List per team the answers, mood index, participation and the distribution of the quarter's shown weeks. */
export function MoodSummaryTable({ report }: { report: Report }) {
  const { t, language } = useText();
  const nameOf = new Map(report.teams.map((team) => [team.id, team.name]));
  if (report.summaries.length === 0) return null;
  return (
    <table className="mood-summary">
      <thead>
        <tr>
          <th>{t("survey.mood.columns.team")}</th>
          <th className="num">{t("survey.mood.columns.responses")}</th>
          <th className="num">{t("survey.mood.columns.moodIndex")}</th>
          <th className="num">{t("survey.mood.columns.participation")}</th>
          {[1, 2, 3, 4, 5].map((score) => (
            <th key={score} className="num" title={t(`survey.scale.s${score}`)}>
              {score}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.summaries.map((row) => (
          <tr key={row.teamId}>
            <td>{nameOf.get(row.teamId)}</td>
            <td className="num">{formatNumber(language, row.responses)}</td>
            <td className="num">{formatKpiValue(language, row.moodIndex, "1-5")}</td>
            <td className="num">{row.participation === null ? "" : formatPercent(language, row.participation, 0)}</td>
            {row.distribution.map((count, index) => (
              <td key={index} className="num">
                {formatNumber(language, count)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** List the comments per team, alphabetically. */
export function MoodComments({ report }: { report: Report }) {
  const { t } = useText();
  const nameOf = new Map(report.teams.map((team) => [team.id, team.name]));
  if (report.summaries.length === 0) return null;
  return (
    <>
      <p className="muted">{t("survey.mood.commentsNote")}</p>
      {report.summaries.map((row) => (
        <details key={row.teamId}>
          <summary>
            {nameOf.get(row.teamId)} ({row.comments.length})
          </summary>
          {row.comments.length === 0 ? (
            <p className="muted">{t("survey.mood.noComments")}</p>
          ) : (
            <ul className="comments">
              {row.comments.map((comment, index) => (
                <li key={index}>{comment}</li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </>
  );
}

/** List the eNPS per team for an ended quarter. */
export function EnpsTable({ report }: { report: Report }) {
  const { t, language } = useText();
  const nameOf = new Map(report.teams.map((team) => [team.id, team.name]));
  if (!report.enpsClosed) return <p className="muted">{t("survey.mood.enpsOpen", { quarter: report.quarter })}</p>;
  if (report.enps.length === 0) return <p className="muted">{t("survey.mood.enpsNone")}</p>;
  return (
    <table className="enps-summary">
      <thead>
        <tr>
          <th>{t("survey.mood.columns.team")}</th>
          <th className="num">{t("survey.mood.enpsColumns.score")}</th>
          <th className="num">{t("survey.mood.columns.responses")}</th>
          <th className="num">{t("survey.mood.enpsColumns.promoters")}</th>
          <th className="num">{t("survey.mood.enpsColumns.passives")}</th>
          <th className="num">{t("survey.mood.enpsColumns.detractors")}</th>
          <th>{t("survey.mood.enpsColumns.reasons")}</th>
        </tr>
      </thead>
      <tbody>
        {report.enps.map((row) => (
          <tr key={row.teamId}>
            <td>{nameOf.get(row.teamId)}</td>
            <td className="num">{formatNumber(language, row.score, 0)}</td>
            <td className="num">{formatNumber(language, row.responses)}</td>
            <td className="num">{formatNumber(language, row.counts.promoters)}</td>
            <td className="num">{formatNumber(language, row.counts.passives)}</td>
            <td className="num">{formatNumber(language, row.counts.detractors)}</td>
            <td>
              {row.comments.length === 0 ? null : (
                <ul className="comments">
                  {row.comments.map((comment, index) => (
                    <li key={index}>{comment}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
