import { INDICATOR_LEVELS, type IndicatorView } from "@atelier/shared";
import { t } from "../i18n/text.ts";
import { formatFigure } from "./figures.ts";

const WIDTH = 120;
const HEIGHT = 36;
const PADDING = 4;

interface EvolutionChartProps {
  label: string;
  /** Oldest first, at least two years. */
  years: IndicatorView[];
}

/**
 * The territory's figure over the years, as a sparkline the room takes in at a glance; the figures themselves (all
 * three levels) are in a table under it, for screen readers and for whoever wants the exact values.
 */
export function EvolutionChart({ label, years }: EvolutionChartProps) {
  const points = years.flatMap((indicator) =>
    indicator.values.territoire === null ? [] : [{ year: indicator.year, value: indicator.values.territoire }],
  );
  const unit = years.at(-1)?.unit ?? "";
  const spoken = points.map((point) => t.indicators.evolutionStep(point.year, formatFigure(point.value, unit)));
  const plotted = coordinates(points);
  return (
    <div className="evolution">
      <svg
        className="evolution__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={t.indicators.evolutionLabel(label, spoken.join(", "))}
      >
        <polyline points={plotted.map((point) => point.join(",")).join(" ")} />
        {plotted.map(([x, y]) => (
          <circle key={x} cx={x} cy={y} r="2.5" />
        ))}
      </svg>
      <details className="evolution__details">
        <summary>
          {t.indicators.evolutionDetails}
          <span className="visually-hidden">{t.indicators.evolutionDetailsOf(label)}</span>
        </summary>
        <table className="evolution__table">
          <thead>
            <tr>
              <th scope="col">{t.indicators.columns.year}</th>
              {INDICATOR_LEVELS.map((level) => (
                <th key={level} scope="col">
                  {t.indicatorLevels[level]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((indicator) => (
              <tr key={indicator.id}>
                <th scope="row">{indicator.year}</th>
                {INDICATOR_LEVELS.map((level) => (
                  <td key={level}>{formatFigure(indicator.values[level], indicator.unit)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

/**
 * Years placed at their distance in time (a gap of three years looks like one); values scaled between their own
 * minimum and maximum, so that the shape shows, a flat line when they are all equal.
 */
function coordinates(points: { year: number; value: number }[]): [number, number][] {
  const scale = (value: number, low: number, high: number, length: number) =>
    high === low ? length / 2 : PADDING + ((value - low) / (high - low)) * (length - 2 * PADDING);
  const years = points.map((point) => point.year);
  const values = points.map((point) => point.value);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return points.map((point) => [
    round(scale(point.year, first, last, WIDTH)),
    round(HEIGHT - scale(point.value, low, high, HEIGHT)),
  ]);
}

const round = (value: number) => Math.round(value * 10) / 10;
