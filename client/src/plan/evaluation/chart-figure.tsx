import { type ReactNode, useId } from "react";
import { t } from "../../i18n/text.ts";
import { TableScroll } from "../table-scroll.tsx";

interface ChartFigureProps {
  title: string;
  /** A sentence under the title: what the bars measure. */
  summary?: string;
  /** The drawing, hidden from screen readers: the table says the same in words. */
  chart: ReactNode;
  legend?: ReactNode;
  /** The same data as a table, for screen readers, for reading exact figures and for copying them. */
  table: ReactNode;
}

/** A chart as a figure: its caption names it, and its data table sits under a disclosure anyone can open. */
export function ChartFigure({ title, summary, chart, legend, table }: ChartFigureProps) {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={id}>
      <figcaption id={id} className="chart__title">
        {title}
      </figcaption>
      {summary && <p className="chart__summary">{summary}</p>}
      <div className="chart__drawing">{chart}</div>
      {legend}
      <details className="chart__data">
        <summary>{t.plan.dashboard.showData}</summary>
        <TableScroll label={title}>{table}</TableScroll>
      </details>
    </figure>
  );
}
