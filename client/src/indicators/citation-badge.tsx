import { type Citation, formatFigure, INDICATOR_LEVEL_LABELS } from "@atelier/shared";
import { t } from "../i18n/text.ts";
import "./indicators.css";

const COMPARED = ["departement", "france"] as const;

/**
 * A cited figure on a card, short enough to read from the back of the room: the figures on one line, the source cut
 * to one line under them (in full in the tooltip). Screen readers get the same in full words.
 */
export function CitationBadge({ citation }: { citation: Citation }) {
  const { label, year, unit, source, values } = citation;
  const text = t.indicators.badge;
  const compared = COMPARED.flatMap((level) => {
    const value = values[level];
    return value === null ? [] : [{ level, figure: formatFigure(value, unit) }];
  });
  const figure = formatFigure(values.territoire, unit);
  return (
    <p className="citation-badge" title={source ? text.sourceTitle(source) : undefined}>
      <span aria-hidden="true">
        <svg
          className="citation-badge__icon"
          viewBox="0 0 16 16"
          width="16"
          height="16"
          aria-hidden="true"
          focusable="false"
        >
          <rect x="1" y="9" width="3.5" height="6" rx="0.5" />
          <rect x="6.25" y="5" width="3.5" height="10" rx="0.5" />
          <rect x="11.5" y="1" width="3.5" height="14" rx="0.5" />
        </svg>
        {label}&nbsp;:{" "}
        <span className="citation-badge__figure">
          <strong>{figure}</strong> ({year})
        </span>
        {compared.map(({ level, figure: other }) => (
          <span key={level} className="citation-badge__compared">
            {" · "}
            {text[level]} {other}
          </span>
        ))}
        {source && (
          <span className="citation-badge__source">
            {text.source} {source}
          </span>
        )}
      </span>
      <span className="visually-hidden">
        {text.spoken(
          text.spokenFigure(label, figure, year),
          compared.map(({ level, figure: other }) => text.spokenLevel(INDICATOR_LEVEL_LABELS[level], other)),
          source,
        )}
      </span>
    </p>
  );
}
