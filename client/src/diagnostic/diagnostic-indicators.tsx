import { type DiagnosticIndicator, hasEvolutions, INDICATOR_LEVELS, isSingleYear } from "@atelier/shared";
import { t } from "../i18n/text.ts";
import { formatFigure, formatGap, keepFiguresWhole } from "../indicators/figures.ts";
import { TableScroll } from "../plan/table-scroll.tsx";

function evolutionText(indicator: DiagnosticIndicator): string {
  const { evolution, unit } = indicator;
  if (isSingleYear(indicator)) return t.diagnostic.singleYear;
  if (!evolution) return "—";
  const { from, to, change, fromYear, toYear } = evolution;
  return t.diagnostic.evolution(
    formatFigure(from, unit),
    formatFigure(to, unit),
    formatGap(change, unit),
    fromYear,
    toYear,
  );
}

interface DiagnosticIndicatorsProps {
  indicators: DiagnosticIndicator[];
  /** The table's name. */
  caption: string;
  /** The heading right above the table when it already says the name: it names the table, no hidden caption repeats it. */
  headingId?: string;
}

/**
 * A theme's figures at their latest year beside the département and France, and how the territory's moved: a column
 * the table leaves out when each of its figures has one year (as the DOCX does).
 */
export function DiagnosticIndicators({ indicators, caption, headingId }: DiagnosticIndicatorsProps) {
  if (indicators.length === 0) return <p className="muted">{t.diagnostic.noIndicators}</p>;
  const evolutions = hasEvolutions(indicators);
  return (
    <TableScroll label={caption}>
      <table className="plan-table diagnostic-table" aria-labelledby={headingId}>
        {!headingId && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t.diagnostic.indicatorColumn}</th>
            {INDICATOR_LEVELS.map((level) => (
              <th key={level} scope="col" className="plan-table__number">
                {t.indicatorLevels[level]}
              </th>
            ))}
            {evolutions && <th scope="col">{t.diagnostic.evolutionColumn}</th>}
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const latest = indicator.years.at(-1);
            return (
              latest && (
                <tr key={indicator.label}>
                  <th scope="row">
                    {indicator.label} ({latest.year})
                    {indicator.source && <span className="diagnostic-table__source">{indicator.source}</span>}
                  </th>
                  {INDICATOR_LEVELS.map((level) => (
                    <td key={level} className="plan-table__number">
                      {keepFiguresWhole(formatFigure(latest.values[level], indicator.unit))}
                    </td>
                  ))}
                  {evolutions && <td>{keepFiguresWhole(evolutionText(indicator))}</td>}
                </tr>
              )
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
