import { INDICATOR_LEVELS, type IndicatorCorrection, type IndicatorSeries } from "@atelier/shared";
import { useId } from "react";
import { t } from "../i18n/text.ts";
import { useNarrowScreen } from "../ui/use-narrow-screen.ts";
import { IndicatorRow } from "./indicator-row.tsx";
import { byTheme } from "./indicator-series.ts";

interface IndicatorsTableProps {
  series: IndicatorSeries[];
  /** A heading row per theme, when several themes are shown. */
  showThemes: boolean;
  /** Facilitators only: the rows then offer to correct their figure. */
  onCorrect?: (indicatorId: string, correction: IndicatorCorrection) => Promise<void>;
}

/**
 * The figures side by side, territory first, each comparison with its gap; themes as groups of rows. A phone stacks
 * each row into a block of its own, since nine columns cannot fit its width.
 */
export function IndicatorsTable({ series, showThemes, onCorrect }: IndicatorsTableProps) {
  const captionId = useId();
  const narrow = useNarrowScreen();
  const charted = series.some((one) => one.years.length > 1);
  const columns = 3 + INDICATOR_LEVELS.length + (charted ? 1 : 0) + (onCorrect ? 1 : 0);
  return (
    // Wider than a phone the table may scroll sideways: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    // Stacked on a phone, it does not scroll, and a tab stop would lead nowhere.
    <section className="indicators-table__scroller" aria-labelledby={captionId} tabIndex={narrow ? undefined : 0}>
      <table className="indicators-table">
        <caption id={captionId}>{t.indicators.caption}</caption>
        {/* Hidden on a phone, still read by screen readers: each cell keeps its column header. */}
        <thead className="narrow-hidden">
          <tr>
            <th scope="col">{t.indicators.columns.indicator}</th>
            {INDICATOR_LEVELS.map((level) => (
              <th key={level} scope="col" className={`indicators-table__level indicators-table__level--${level}`}>
                {t.indicatorLevels[level]}
              </th>
            ))}
            <th scope="col">{t.indicators.columns.year}</th>
            {charted && <th scope="col">{t.indicators.columns.evolution}</th>}
            <th scope="col">{t.indicators.columns.source}</th>
            {onCorrect && (
              <th scope="col">
                <span className="visually-hidden">{t.indicators.columns.actions}</span>
              </th>
            )}
          </tr>
        </thead>
        {byTheme(series).map(([theme, group]) => (
          <tbody key={theme}>
            {showThemes && (
              <tr className="indicators-table__theme">
                <th scope="rowgroup" colSpan={columns}>
                  {theme || t.indicators.noTheme}
                </th>
              </tr>
            )}
            {group.map((one) => (
              <IndicatorRow key={one.key} series={one} charted={charted} columns={columns} onCorrect={onCorrect} />
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
