import { ScatterPlot } from "@nivo/scatterplot";
import { SERIES_COLOURS } from "./palette";

export interface ScatterPoint {
  x: number;
  y: number;
  /** Label of the pair for the tooltip, such as "2026-03 → 2026-04". */
  label: string;
}

interface ScatterChartProps {
  points: ScatterPoint[];
  ariaLabel: string;
  xLegend: string;
  yLegend: string;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
}

/**
 * Draw a nivo scatter plot of fixed size without animation, so the server renders the full SVG. The
 * caller shows a placeholder instead when there are no points.
 */
export function ScatterChart({ points, ariaLabel, xLegend, yLegend, formatX, formatY }: ScatterChartProps) {
  return (
    <figure className="chart">
      <ScatterPlot
        data={[{ id: "pairs", data: points }]}
        width={560}
        height={380}
        animate={false}
        role="img"
        ariaLabel={ariaLabel}
        margin={{ top: 16, right: 24, bottom: 64, left: 88 }}
        xScale={{ type: "linear", min: "auto", max: "auto" }}
        yScale={{ type: "linear", min: "auto", max: "auto" }}
        colors={[SERIES_COLOURS[0]]}
        nodeSize={9}
        axisBottom={{ legend: xLegend, legendPosition: "middle", legendOffset: 46, format: (x) => formatX(Number(x)) }}
        axisLeft={{ legend: yLegend, legendPosition: "middle", legendOffset: -76, format: (y) => formatY(Number(y)) }}
        tooltip={({ node }) => (
          <div className="chart-tooltip">
            {node.data.label}: {formatX(node.data.x)}, {formatY(node.data.y)}
          </div>
        )}
      />
    </figure>
  );
}
