import { Line, type LineCustomSvgLayerProps } from "@nivo/line";
import type { ChartLine } from "~/kpi/chart-data";
import { ChartLegend } from "./chart-legend";
import { thinTicks } from "./palette";

export interface StyledLine extends ChartLine {
  /** Legend and tooltip text. */
  label: string;
  colour: string;
  /** Reference lines (baseline, target, norm) are dashed and drawn without points. */
  reference?: boolean;
}

interface LineChartProps {
  lines: StyledLine[];
  /** Description of the chart for screen readers. */
  ariaLabel: string;
  formatX: (x: string) => string;
  formatY: (y: number) => string;
  /** Short x labels for the axis; formatX is used in the tooltip. */
  formatTick?: (x: string) => string;
  yMin?: number;
  yMax?: number;
  width?: number;
  height?: number;
}

type Series = { id: string; reference: boolean; data: { x: string; y: number | null }[] };

function StyledLines({ series, lineGenerator }: LineCustomSvgLayerProps<Series>) {
  return (
    <g>
      {series.map((s) => (
        <g key={s.id}>
          <path
            d={lineGenerator(s.data.map((d) => d.position)) ?? undefined}
            fill="none"
            stroke={s.color}
            strokeWidth={s.reference ? 1.5 : 2.5}
            strokeDasharray={s.reference ? "6 4" : undefined}
          />
          {s.reference
            ? null
            : s.data
                .filter((d) => d.data.y !== null)
                .map((d) => <circle key={String(d.data.x)} cx={d.position.x} cy={d.position.y} r={3.5} fill={s.color} />)}
        </g>
      ))}
    </g>
  );
}

/**
 * A nivo Line chart of a fixed size without animation, so the server renders the full SVG. The caller
 * must leave out lines without any value: nivo logs an invalid path for those.
 */
export function LineChart({ lines, ariaLabel, formatX, formatY, formatTick, yMin, yMax, width = 720, height = 300 }: LineChartProps) {
  const data: Series[] = lines.map((line) => ({ id: line.label, reference: line.reference ?? false, data: line.data }));
  const xs = [...new Set(lines.flatMap((line) => line.data.map((d) => d.x)))];

  return (
    <figure className="chart">
      <Line<Series>
        data={data}
        width={width}
        height={height}
        animate={false}
        role="img"
        ariaLabel={ariaLabel}
        margin={{ top: 16, right: 24, bottom: 56, left: 72 }}
        xScale={{ type: "point" }}
        yScale={{ type: "linear", min: yMin ?? "auto", max: yMax ?? "auto" }}
        colors={lines.map((line) => line.colour)}
        xFormat={(x) => formatX(String(x))}
        yFormat={(y) => formatY(Number(y))}
        axisBottom={{ tickRotation: -40, tickValues: thinTicks(xs, 14), format: (x) => (formatTick ?? formatX)(String(x)) }}
        axisLeft={{ format: (y) => formatY(Number(y)) }}
        layers={["grid", "markers", "axes", StyledLines, "mesh"]}
        useMesh
        enableCrosshair={false}
      />
      <ChartLegend items={lines.map((line) => ({ label: line.label, colour: line.colour, dashed: line.reference }))} />
    </figure>
  );
}
