import { useTranslation } from "react-i18next";
import { formatKpiValue } from "~/i18n/format";
import type { KpiChartData } from "~/kpi/chart-data";
import { useLanguage } from "../use-language";
import { LineChart, type StyledLine } from "./line-chart";
import { SERIES_COLOURS } from "./palette";

/** A KPI's value per interval, one line per team. Periods are labelled as in the data ("2026-03"). */
export function KpiChart({ data, unit, name, teamNames }: { data: KpiChartData; unit: string; name: string; teamNames: Record<number, string> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (data.empty) return <p className="muted chart-placeholder">{t("reports.kpi.empty")}</p>;

  // nivo identifies series by id, so two teams of the same name get their id added.
  const nameOf = (id: string) => teamNames[Number(id)] ?? `#${id}`;
  const counts = new Map<string, number>();
  for (const line of data.lines) counts.set(nameOf(line.id), (counts.get(nameOf(line.id)) ?? 0) + 1);
  const lines: StyledLine[] = data.lines.map((line, i) => {
    const teamName = nameOf(line.id);
    return {
      ...line,
      label: (counts.get(teamName) ?? 0) > 1 ? `${teamName} (#${line.id})` : teamName,
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
    };
  });

  return (
    <LineChart
      lines={lines}
      ariaLabel={t("reports.chart.kpiLabel", { name })}
      formatX={(x) => x}
      formatY={(y) => formatKpiValue(language, y, unit)}
    />
  );
}
