import { LABEL_WIDTH, LINE_HEIGHT, labelLines } from "./svg-layout.ts";

/**
 * A bar's name on its left, its lines centred on the bar. A shortened name carries the whole one as its tooltip:
 * the drawing is hidden from screen readers, whose data table names every bar in full.
 */
export function ChartLabel({ label, y }: { label: string; y: number }) {
  const { lines, cut } = labelLines(label);
  const x = LABEL_WIDTH - 8;
  const top = y - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={x} y={top} className="chart__label" textAnchor="end">
      {cut && <title>{label}</title>}
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line's place is what it is.
        <tspan key={index} x={x} y={top + index * LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
