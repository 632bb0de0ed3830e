/** A legend under a chart as HTML, so it wraps and stays readable with many series. */
export function ChartLegend({ items }: { items: { label: string; colour: string; dashed?: boolean }[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className="swatch"
            aria-hidden="true"
            style={{ borderTop: `3px ${item.dashed ? "dashed" : "solid"} ${item.colour}` }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
