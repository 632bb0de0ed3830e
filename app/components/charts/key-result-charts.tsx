import { useTranslation } from "react-i18next";
import { formatDate, formatKpiValue, formatScore } from "~/i18n/format";
import type { ChartLine, KeyResultChartData } from "~/kpi/chart-data";
import { useLanguage } from "../use-language";
import { LineChart, type StyledLine } from "./line-chart";
import { REFERENCE_GREY, SCORE_COLOURS, SERIES_COLOURS } from "./palette";

const STYLES: Record<string, { colour: string; reference: boolean }> = {
  value: { colour: SERIES_COLOURS[0], reference: false },
  baseline: { colour: REFERENCE_GREY, reference: true },
  target: { colour: SCORE_COLOURS.green, reference: true },
  score: { colour: SERIES_COLOURS[0], reference: false },
  norm: { colour: SCORE_COLOURS.green, reference: true },
  expected: { colour: SCORE_COLOURS.amber, reference: true },
};

/** The value of a key result over its quarter with baseline and target, and its score with the norm. */
export function KeyResultCharts({ data, title }: { data: KeyResultChartData; title: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const style = (line: ChartLine): StyledLine => ({ ...line, ...STYLES[line.id], label: t(`reports.chart.${line.id}`) });
  const formatX = (x: string) => formatDate(language, x);
  // dd-mm or dd/mm: the year is the quarter's.
  const formatTick = (x: string) => formatDate(language, x).slice(0, 5);
  const formatValue = (y: number) => (data.unit === null ? formatScore(language, y) : formatKpiValue(language, y, data.unit));

  return (
    <div className="key-result-charts">
      <h3>{t("reports.chart.valueTitle")}</h3>
      {data.valueEmpty ? (
        <p className="muted chart-placeholder">{t("reports.chart.noValuePoints")}</p>
      ) : (
        <LineChart
          lines={data.valueLines.map(style)}
          ariaLabel={t("reports.chart.valueLabel", { title })}
          formatX={formatX}
          formatTick={formatTick}
          formatY={formatValue}
        />
      )}
      <h3>{t("reports.chart.scoreTitle")}</h3>
      {data.scoreEmpty ? (
        <p className="muted chart-placeholder">{t("reports.chart.noScorePoints")}</p>
      ) : (
        <LineChart
          lines={data.scoreLines.map(style)}
          ariaLabel={t("reports.chart.scoreLabel", { title })}
          formatX={formatX}
          formatTick={formatTick}
          formatY={(y) => formatScore(language, y)}
          yMin={0}
          yMax={1}
          height={220}
        />
      )}
    </div>
  );
}
