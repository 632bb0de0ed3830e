import { Bar } from "@nivo/bar";
import { ChartLegend } from "./chart-legend";
import { SCORE_COLOURS } from "./palette";

// A type, not an interface: nivo's BarDatum needs an index signature, which only type aliases get implicitly.
export type ColourCountRow = {
  /** Unique id of the row (a team key); labels come from `label`. */
  key: string;
  label: string;
  green: number;
  amber: number;
  red: number;
};

const COLOURS = ["green", "amber", "red"] as const;

/**
 * Stacked bars of green, amber and red key results per team. Fixed size and no animation, so the
 * server renders the full SVG and it prints without JavaScript.
 */
export function ColourCountChart({ rows, ariaLabel, colourLabels }: { rows: ColourCountRow[]; ariaLabel: string; colourLabels: Record<(typeof COLOURS)[number], string> }) {
  const labels = new Map(rows.map((row) => [row.key, row.label]));
  const width = Math.max(440, 160 + rows.length * 70);
  return (
    <figure className="chart">
      <Bar<ColourCountRow>
        data={rows}
        keys={[...COLOURS]}
        indexBy="key"
        width={width}
        height={300}
        animate={false}
        role="img"
        ariaLabel={ariaLabel}
        margin={{ top: 16, right: 24, bottom: 72, left: 48 }}
        padding={0.3}
        colors={(bar) => SCORE_COLOURS[bar.id as (typeof COLOURS)[number]]}
        labelTextColor="#ffffff"
        // An empty segment has no height, so its "0" label would sit on the axis.
        label={(datum) => (datum.value ? String(datum.value) : "")}
        axisBottom={{ tickRotation: -30, format: (key) => labels.get(String(key)) ?? String(key) }}
        axisLeft={{ format: (value) => (Number.isInteger(Number(value)) ? String(value) : "") }}
        tooltipLabel={(datum) => `${labels.get(String(datum.indexValue)) ?? datum.indexValue}: ${colourLabels[datum.id as (typeof COLOURS)[number]]}`}
      />
      <ChartLegend items={COLOURS.map((colour) => ({ label: colourLabels[colour], colour: SCORE_COLOURS[colour] }))} />
    </figure>
  );
}
