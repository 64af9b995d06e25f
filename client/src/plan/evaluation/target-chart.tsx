import { locale, t } from "../../i18n/text.ts";
import { formatNumber } from "../validation.ts";
import { ChartFigure } from "./chart-figure.tsx";
import { ChartLabel } from "./chart-label.tsx";
import type { IndicatorProgress } from "./dashboard-data.ts";
import { BAR_AREA, BAR_HEIGHT, CHART_WIDTH, LABEL_WIDTH, ROW_HEIGHT } from "./svg-layout.ts";

/**
 * Bars go up to 150 % of the target, where the scale ends; the target is the line at two thirds. The percentages
 * stand in a column on the right, clear of the line.
 */
const CEILING = 1.5;
const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });

/** Each indicator's latest value as a share of its target, the target drawn as a line across the bars. */
export function TargetChart({ progress, unmeasured }: { progress: IndicatorProgress[]; unmeasured: number }) {
  const title = t.plan.dashboard.indicatorsTitle;
  if (progress.length === 0) {
    return (
      <figure className="chart">
        <figcaption className="chart__title">{title}</figcaption>
        <p className="muted">{t.plan.dashboard.noProgress}</p>
      </figure>
    );
  }
  const targetX = LABEL_WIDTH + BAR_AREA / CEILING;
  const height = progress.length * ROW_HEIGHT;

  const chart = (
    <svg viewBox={`0 0 ${CHART_WIDTH} ${height + 16}`} className="chart__svg" aria-hidden="true" focusable="false">
      {progress.map(({ fiche, indicator, value, target }, index) => {
        const y = index * ROW_HEIGHT;
        const ratio = value / target;
        const width = (Math.min(ratio, CEILING) / CEILING) * BAR_AREA;
        return (
          <g key={`${fiche.id}/${indicator.id}`}>
            <ChartLabel label={indicator.label} y={y + ROW_HEIGHT / 2} />
            <rect
              x={LABEL_WIDTH}
              y={y + (ROW_HEIGHT - BAR_HEIGHT) / 2}
              width={width}
              height={BAR_HEIGHT}
              className={`chart__bar ${ratio >= 1 ? "chart__bar--reached" : "chart__bar--indicator"}`}
            />
            <text x={CHART_WIDTH} y={y + ROW_HEIGHT / 2} className="chart__value" textAnchor="end">
              {percent.format(ratio)}
            </text>
          </g>
        );
      })}
      <line x1={targetX} x2={targetX} y1={0} y2={height} className="chart__target" />
      <text x={targetX} y={height + 12} className="chart__axis" textAnchor="middle">
        {t.plan.dashboard.targetLine}
      </text>
    </svg>
  );

  const table = (
    <table className="plan-table chart__table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t.plan.values.indicator}</th>
          <th scope="col">{t.plan.values.fiche}</th>
          <th scope="col" className="plan-table__number">
            {t.plan.dashboard.year}
          </th>
          <th scope="col" className="plan-table__number">
            {t.plan.dashboard.value}
          </th>
          <th scope="col" className="plan-table__number">
            {t.plan.indicators.target}
          </th>
          <th scope="col" className="plan-table__number">
            {t.plan.dashboard.reached}
          </th>
        </tr>
      </thead>
      <tbody>
        {progress.map(({ fiche, indicator, year, value, target }) => (
          <tr key={`${fiche.id}/${indicator.id}`}>
            <th scope="row">
              {indicator.label}
              {indicator.unit && <span className="muted"> ({indicator.unit})</span>}
            </th>
            <td>{fiche.title}</td>
            <td className="plan-table__number">{year}</td>
            <td className="plan-table__number">{formatNumber(value)}</td>
            <td className="plan-table__number">{formatNumber(target)}</td>
            <td className="plan-table__number">{percent.format(value / target)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      title={title}
      summary={t.plan.dashboard.indicatorsSummary(unmeasured)}
      chart={chart}
      legend={
        <ul className="chart__legend" aria-hidden="true">
          <li>
            <span className="chart__swatch chart__bar--indicator" />
            {t.plan.dashboard.belowTarget}
          </li>
          <li>
            <span className="chart__swatch chart__bar--reached" />
            {t.plan.dashboard.targetReached}
          </li>
        </ul>
      }
      table={table}
    />
  );
}
