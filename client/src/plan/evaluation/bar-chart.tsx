import { t } from "../../i18n/text.ts";
import { ChartFigure } from "./chart-figure.tsx";
import { ChartLabel } from "./chart-label.tsx";
import type { ChartRow } from "./dashboard-data.ts";
import { BAR_AREA, BAR_HEIGHT, CHART_WIDTH, LABEL_WIDTH, ROW_HEIGHT } from "./svg-layout.ts";

interface ChartSeries {
  label: string;
  /** Picks the bar colour (chart__bar--<tone>), drawn with the legend's swatch of the same tone. */
  tone: string;
}

interface BarChartProps {
  title: string;
  summary?: string;
  /** The header of the table's first column: what each bar is (axe, thématique, année…). */
  rowHeader: string;
  series: readonly ChartSeries[];
  rows: ChartRow[];
  format: (value: number) => string;
  empty: string;
}

/** Horizontal bars, stacked when there are several series, with the total at the end of each bar. */
export function BarChart({ title, summary, rowHeader, series, rows, format, empty }: BarChartProps) {
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + value, 0));
  const max = Math.max(0, ...totals);
  if (max === 0) {
    return (
      <figure className="chart">
        <figcaption className="chart__title">{title}</figcaption>
        <p className="muted">{empty}</p>
      </figure>
    );
  }
  const scale = BAR_AREA / max;
  const stacked = series.length > 1;

  const chart = (
    <svg
      viewBox={`0 0 ${CHART_WIDTH} ${rows.length * ROW_HEIGHT}`}
      className="chart__svg"
      aria-hidden="true"
      focusable="false"
    >
      {rows.map((row, index) => {
        const y = index * ROW_HEIGHT;
        let x = LABEL_WIDTH;
        return (
          <g key={row.label}>
            <ChartLabel label={row.label} y={y + ROW_HEIGHT / 2} />
            {row.values.map((value, part) => {
              const width = value * scale;
              const rect = (
                <rect
                  // biome-ignore lint/suspicious/noArrayIndexKey: a series keeps its place in every row.
                  key={part}
                  x={x}
                  y={y + (ROW_HEIGHT - BAR_HEIGHT) / 2}
                  width={width}
                  height={BAR_HEIGHT}
                  className={`chart__bar chart__bar--${series[part]?.tone ?? "default"}`}
                />
              );
              x += width;
              return rect;
            })}
            <text x={x + 6} y={y + ROW_HEIGHT / 2} className="chart__value">
              {format(totals[index] ?? 0)}
            </text>
          </g>
        );
      })}
    </svg>
  );

  const legend = stacked && (
    <ul className="chart__legend" aria-hidden="true">
      {series.map((entry) => (
        <li key={entry.label}>
          <span className={`chart__swatch chart__bar--${entry.tone}`} />
          {entry.label}
        </li>
      ))}
    </ul>
  );

  const table = (
    <table className="plan-table chart__table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {series.map((entry) => (
            <th key={entry.label} scope="col" className="plan-table__number">
              {entry.label}
            </th>
          ))}
          {stacked && (
            <th scope="col" className="plan-table__number">
              {t.plan.dashboard.total}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, part) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a series keeps its place in every row.
              <td key={part} className="plan-table__number">
                {format(value)}
              </td>
            ))}
            {stacked && <td className="plan-table__number">{format(totals[index] ?? 0)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return <ChartFigure title={title} summary={summary} chart={chart} legend={legend || undefined} table={table} />;
}
