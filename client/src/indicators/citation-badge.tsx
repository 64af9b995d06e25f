import { type Citation, type IndicatorCitation, isServiceCitation, type ServiceCitation } from "@atelier/shared";
import type { ReactNode } from "react";
import { t } from "../i18n/text.ts";
import { serviceFacts } from "../spaces/services/service-facts.ts";
import { formatFigure } from "./figures.ts";
import "./indicators.css";

const COMPARED = ["departement", "france"] as const;

/** What a card cites: a figure of the territory, or one of its services. */
export function CitationBadge({ citation }: { citation: Citation }) {
  return isServiceCitation(citation) ? <ServiceBadge citation={citation} /> : <FigureBadge citation={citation} />;
}

/** A house for a service, bars for a figure: what the badge cites, at a glance. */
function BadgeIcon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="citation-badge__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A cited service: its name, then its kind, commune and places, as the service stood when last edited. */
function ServiceBadge({ citation }: { citation: ServiceCitation }) {
  const facts = serviceFacts(citation);
  return (
    <p className="citation-badge citation-badge--service">
      <span aria-hidden="true">
        <BadgeIcon>
          <path d="M8 1 1 6.5V15h5v-4.5h4V15h5V6.5z" />
        </BadgeIcon>
        <strong>{citation.name}</strong> · {facts.join(" · ")}
      </span>
      <span className="visually-hidden">{t.territoryServices.badge.spoken(citation.name, facts)}</span>
    </p>
  );
}

/**
 * A cited figure on a card, short enough to read from the back of the room: the figures on one line, the source cut
 * to one line under them (in full in the tooltip). Screen readers get the same in full words.
 */
function FigureBadge({ citation }: { citation: IndicatorCitation }) {
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
        <BadgeIcon>
          <rect x="1" y="9" width="3.5" height="6" rx="0.5" />
          <rect x="6.25" y="5" width="3.5" height="10" rx="0.5" />
          <rect x="11.5" y="1" width="3.5" height="14" rx="0.5" />
        </BadgeIcon>
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
          compared.map(({ level, figure: other }) => text.spokenLevel(t.indicatorLevels[level], other)),
          source,
        )}
      </span>
    </p>
  );
}
