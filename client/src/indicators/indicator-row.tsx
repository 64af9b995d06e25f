import type { IndicatorCorrection, IndicatorLevel, IndicatorSeries, IndicatorView } from "@atelier/shared";
import { useState } from "react";
import { useFocusReturn } from "../forms/use-focus-return.ts";
import { t } from "../i18n/text.ts";
import { CorrectionForm } from "./correction-form.tsx";
import { EvolutionChart } from "./evolution-chart.tsx";
import { formatFigure, keepFiguresWhole } from "./figures.ts";
import { GapBadge } from "./gap-badge.tsx";

interface IndicatorRowProps {
  series: IndicatorSeries;
  /** Whether the table has an evolution column (some indicator of it spans several years). */
  charted: boolean;
  columns: number;
  onCorrect?: (indicatorId: string, correction: IndicatorCorrection) => Promise<void>;
}

/** A figure in its unit, whole on its line. */
const figureOf = (indicator: IndicatorView, level: IndicatorLevel) =>
  keepFiguresWhole(formatFigure(indicator.values[level], indicator.unit));

/**
 * The latest year of an indicator; its correction form opens in a row of its own, under it. `data-label` names a
 * cell where a phone stacks the row and hides the column headers.
 */
export function IndicatorRow({ series, charted, columns, onCorrect }: IndicatorRowProps) {
  const [correcting, setCorrecting] = useState(false);
  const trigger = useFocusReturn<HTMLButtonElement>(correcting);
  const { latest } = series;
  return (
    <>
      <tr>
        <th scope="row" className="indicators-table__label">
          {series.label}
        </th>
        <td className="figure figure--own" data-label={t.indicatorLevels.territoire}>
          {figureOf(latest, "territoire")}
        </td>
        {(["departement", "france"] as const).map((level) => (
          <td key={level} className="figure" data-label={t.indicatorLevels[level]}>
            <span className="figure__value">{figureOf(latest, level)}</span>{" "}
            <GapBadge indicator={latest} level={level} />
          </td>
        ))}
        <td data-label={t.indicators.columns.year}>{latest.year}</td>
        {charted && (
          <td data-label={t.indicators.columns.evolution}>
            {series.years.length > 1 && <EvolutionChart label={series.label} years={series.years} />}
          </td>
        )}
        <td className="indicators-table__source" data-label={t.indicators.columns.source}>
          {keepFiguresWhole(latest.source)}
        </td>
        {onCorrect && (
          <td>
            <button
              ref={trigger}
              type="button"
              className="button button--small"
              aria-expanded={correcting}
              aria-label={t.indicators.correctLabel(series.label, latest.year)}
              onClick={() => setCorrecting(!correcting)}
            >
              {t.indicators.correct}
            </button>
          </td>
        )}
      </tr>
      {correcting && onCorrect && (
        <tr className="indicators-table__correction">
          <td colSpan={columns}>
            <CorrectionForm series={series} onCorrect={onCorrect} onClose={() => setCorrecting(false)} />
          </td>
        </tr>
      )}
    </>
  );
}
