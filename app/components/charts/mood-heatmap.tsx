import { HeatMap } from "@nivo/heatmap";

export interface HeatmapRow {
  /** Row label, unique per row (a team's name). */
  id: string;
  /** One cell per column; null for an empty cell and for a hidden one alike. */
  data: { x: string; y: number | null }[];
}

interface MoodHeatmapProps {
  rows: HeatmapRow[];
  ariaLabel: string;
  formatValue: (value: number) => string;
  /** Scale of the colours, e.g. 1 to 5 for the mood index. */
  min: number;
  max: number;
  width?: number;
}

/**
 * Draw a nivo HeatMap of a fixed size without animation, so that the server renders the full SVG. A
 * cell without a value is drawn in the empty colour and without a label, whatever the reason.
 */
export function MoodHeatmap({ rows, ariaLabel, formatValue, min, max, width = 760 }: MoodHeatmapProps) {
  const height = 90 + rows.length * 30;
  return (
    <figure className="chart">
      <HeatMap
        data={rows}
        width={width}
        height={height}
        animate={false}
        role="img"
        ariaLabel={ariaLabel}
        margin={{ top: 60, right: 24, bottom: 16, left: 180 }}
        axisTop={{ tickRotation: -40 }}
        axisLeft={{}}
        colors={{ type: "diverging", scheme: "red_yellow_green", minValue: min, maxValue: max, divergeAt: 0.5 }}
        emptyColor="#f3f4f6"
        valueFormat={(value) => formatValue(Number(value))}
        label={(cell) => (cell.value === null ? "" : (cell.formattedValue ?? ""))}
        isInteractive={false}
        borderWidth={1}
        borderColor="#ffffff"
      />
    </figure>
  );
}
