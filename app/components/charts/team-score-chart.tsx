import { Bar } from "@nivo/bar";
import { useTranslation } from "react-i18next";
import { formatNumber, formatScore } from "~/i18n/format";
import type { TeamBar } from "~/okr/dashboard";
import { useLanguage } from "../use-language";
import { SCORE_COLOURS } from "./palette";

type Datum = { key: string; team: string; score: number; colour: TeamBar["colour"] };

/**
 * Team scores of a quarter as bars coloured like score badges, with a line at the norm. Fixed size and
 * no animation, so the server renders the bars.
 */
export function TeamScoreChart({ bars, norm, quarter }: { bars: TeamBar[]; norm: number; quarter: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = new Map(bars.map((bar) => [bar.key, bar.team]));
  const width = Math.max(440, 160 + bars.length * 70);

  return (
    <figure className="chart">
      <Bar<Datum>
        data={bars.map((bar): Datum => ({ ...bar }))}
        keys={["score"]}
        indexBy="key"
        width={width}
        height={320}
        animate={false}
        role="img"
        ariaLabel={t("reports.chart.teamsLabel", { quarter, norm: formatNumber(language, norm, 2) })}
        margin={{ top: 16, right: 88, bottom: 72, left: 56 }}
        valueScale={{ type: "linear", min: 0, max: 1 }}
        padding={0.3}
        colors={(bar) => SCORE_COLOURS[bar.data.colour]}
        valueFormat={(value) => formatScore(language, value)}
        labelTextColor="#ffffff"
        axisBottom={{ tickRotation: -30, format: (key) => names.get(String(key)) ?? String(key) }}
        axisLeft={{ format: (value) => formatScore(language, Number(value)) }}
        markers={[
          {
            axis: "y",
            value: norm,
            lineStyle: { stroke: "#111827", strokeWidth: 1.5, strokeDasharray: "6 4" },
            legend: t("reports.chart.normAt", { norm: formatNumber(language, norm, 2) }),
            legendPosition: "right",
            textStyle: { fontSize: 11 },
          },
        ]}
        tooltipLabel={(datum) => names.get(String(datum.indexValue)) ?? String(datum.indexValue)}
      />
    </figure>
  );
}
