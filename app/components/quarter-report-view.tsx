import { Link } from "@remix-run/react";
import { formatDate, formatNumber, formatScore } from "~/i18n/format";
import type { Language } from "~/i18n/language";
import type { Movement } from "~/reports/movers";
import type { QuarterReport, ReportSummary } from "~/reports/quarter-report";
import { OUT_OF_REACH_BELOW, TOO_EASY_ABOVE } from "~/reports/calibration";
import { ColourCountChart } from "./charts/colour-count-chart";
import { TeamScoreChart } from "./charts/team-score-chart";
import { PrintButton } from "./print-button";
import { QuarterPicker } from "./quarter-picker";
import { ScoreBadge } from "./score-badge";
import { SuccessRate } from "./success-rate";
import { useText } from "./use-text";

/** Render the quarter report: company and team sections, two charts, and links to print and download. */
export function QuarterReportView({ report }: { report: QuarterReport }) {
  const { t, language } = useText();
  const notStarted = report.asOf < report.window.start;
  const colourLabels = { green: t("exports.colours.green"), amber: t("exports.colours.amber"), red: t("exports.colours.red") };
  const chartRows = [
    { key: "company", label: report.company.name, ...report.company.colours },
    ...report.teams.map((team) => ({ key: team.key, label: team.name, ...team.colours })),
  ].filter((row) => row.green + row.amber + row.red > 0);

  return (
    <article className="quarter-report">
      <h1>{t("quarterReport.title", { quarter: report.quarter })}</h1>
      <QuarterPicker options={report.options} selected={report.quarter} current={report.current} />
      <p className="muted">
        {notStarted
          ? t("quarterReport.notStarted", { start: formatDate(language, report.window.start) })
          : t("quarterReport.asOf", {
              date: formatDate(language, report.asOf),
              start: formatDate(language, report.window.start),
              end: formatDate(language, report.window.end),
            })}
      </p>
      {report.closed ? <p className="notice">{t("quarterReport.closed")}</p> : null}
      <p className="no-print">
        <PrintButton label={t("quarterReport.print")} />{" "}
        <a href={`/exports/scores.csv?quarter=${report.quarter}`} download>
          {t("quarterReport.downloadScores")}
        </a>
      </p>
      <p className="muted no-print">{t("quarterReport.printHint")}</p>

      <section className="report-section">
        <h2>{t("quarterReport.company", { name: report.company.name })}</h2>
        <SummaryFacts summary={report.company} report={report} />
      </section>

      <section className="report-section">
        <h2>{t("quarterReport.chartScores")}</h2>
        {report.bars.length === 0 ? (
          <p className="muted">{t("quarterReport.noChart")}</p>
        ) : (
          <TeamScoreChart bars={report.bars} norm={report.norm} quarter={report.quarter} />
        )}
        <h2>{t("quarterReport.chartColours")}</h2>
        {chartRows.length === 0 ? (
          <p className="muted">{t("quarterReport.noChart")}</p>
        ) : (
          <ColourCountChart rows={chartRows} colourLabels={colourLabels} ariaLabel={t("quarterReport.chartColoursLabel", { quarter: report.quarter })} />
        )}
        <p className="muted">{t("quarterReport.draftsExcluded")}</p>
      </section>

      <h2>{t("quarterReport.teams")}</h2>
      {report.teams.length === 0 ? <p className="muted">{t("quarterReport.noTeams")}</p> : null}
      {report.teams.map((team) => (
        <section key={team.teamId} className="report-section team-section">
          <h3>{team.name}</h3>
          <SummaryFacts summary={team} report={report} subtree={{ rate: team.subtreeSuccessRate, count: team.subtreeKeyResultCount }} />
        </section>
      ))}
    </article>
  );
}

function SummaryFacts({ summary, report, subtree }: { summary: ReportSummary; report: QuarterReport; subtree?: { rate: number | null; count: number } }) {
  const { t, language } = useText();
  const { colours, calibration } = summary;
  const counted = colours.green + colours.amber + colours.red;
  return (
    <dl className="facts">
      <dt>{t("quarterReport.score")}</dt>
      <dd>
        <ScoreBadge score={summary.score} colour={summary.colour} />
      </dd>
      <dt>{t("quarterReport.successRate")}</dt>
      <dd>
        <SuccessRate rate={summary.successRate} norm={report.norm} />
      </dd>
      {subtree ? (
        <>
          <dt>{t("quarterReport.subtreeSuccessRate", { count: subtree.count })}</dt>
          <dd>
            <SuccessRate rate={subtree.rate} norm={report.norm} />
          </dd>
        </>
      ) : null}
      <dt>{t("quarterReport.colours")}</dt>
      <dd>{counted === 0 ? t("quarterReport.noKeyResults") : t("quarterReport.colourCounts", colours)}</dd>
      <dt>{t("quarterReport.calibration")}</dt>
      <dd className="calibration">
        {calibration.verdict === null || calibration.average === null ? (
          t("quarterReport.noCalibration")
        ) : (
          <>
            {t(`quarterReport.calibrationVerdict.${calibration.verdict}`, {
              average: formatScore(language, calibration.average),
              above: formatNumber(language, TOO_EASY_ABOVE, 2),
              below: formatNumber(language, OUT_OF_REACH_BELOW, 2),
            })}{" "}
            <span className="muted">{t("quarterReport.calibrationQuarters", { quarters: calibration.quarters.join(", ") })}</span>
          </>
        )}
      </dd>
      <dt>{t("quarterReport.movers")}</dt>
      <dd>
        <Movers movers={summary.movers} report={report} language={language} />
      </dd>
    </dl>
  );
}

function Movers({ movers, report, language }: { movers: Movement[]; report: QuarterReport; language: Language }) {
  const { t } = useText();
  if (movers.length === 0) return <span className="muted">{t("quarterReport.noMovers")}</span>;
  // The text is the formatted absolute value, and the sign comes from the change itself.
  const signed = (value: number, text: string) => {
    if (value > 0) return `+${text}`;
    if (value < 0) return `−${text}`;
    return text;
  };
  return (
    <ol className="movers">
      {movers.map((mover) => (
        <li key={mover.keyResultId}>
          <Link to={`/key-results/${mover.keyResultId}`}>{mover.title}</Link>{" "}
          <span className="muted">({report.objectiveTitles[mover.objectiveId]})</span>:{" "}
          {t("quarterReport.mover", {
            start: formatScore(language, mover.start.score),
            end: formatScore(language, mover.end.score),
            change: signed(mover.scoreChange, formatNumber(language, Math.abs(mover.scoreChange), 2)),
            date: formatDate(language, mover.start.asOf),
          })}
          {mover.progressChange !== null
            ? `; ${t("quarterReport.progressChange", {
                change: signed(mover.progressChange, `${formatNumber(language, Math.abs(mover.progressChange) * 100, 0)}%`),
              })}`
            : null}
        </li>
      ))}
    </ol>
  );
}
