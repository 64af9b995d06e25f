import { formatFigure, type IndicatorCorrection } from "@atelier/shared";
import { useState } from "react";
import { useFocusReturn } from "../forms/use-focus-return.ts";
import { t } from "../i18n/text.ts";
import { CorrectionForm } from "./correction-form.tsx";
import { EvolutionChart } from "./evolution-chart.tsx";
import { GapBadge } from "./gap-badge.tsx";
import type { IndicatorSeries } from "./indicator-series.ts";

interface IndicatorRowProps {
  series: IndicatorSeries;
  /** Whether the table has an evolution column (some indicator of it spans several years). */
  charted: boolean;
  columns: number;
  onCorrect?: (indicatorId: string, correction: IndicatorCorrection) => Promise<void>;
}

/** The latest year of an indicator; its correction form opens in a row of its own, under it. */
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
        <td className="figure figure--own">{formatFigure(latest.values.territoire, latest.unit)}</td>
        {(["departement", "france"] as const).map((level) => (
          <td key={level} className="figure">
            <span className="figure__value">{formatFigure(latest.values[level], latest.unit)}</span>{" "}
            <GapBadge indicator={latest} level={level} />
          </td>
        ))}
        <td>{latest.year}</td>
        {charted && <td>{series.years.length > 1 && <EvolutionChart label={series.label} years={series.years} />}</td>}
        <td className="indicators-table__source">{latest.source}</td>
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
