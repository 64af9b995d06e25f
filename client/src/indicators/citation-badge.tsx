import { type Citation, type IndicatorCitation, isServiceCitation, type ServiceCitation } from "@atelier/shared";
import type { ReactNode } from "react";
import { t } from "../i18n/text.ts";
import { serviceFacts } from "../spaces/services/service-facts.ts";
import { formatFigure } from "./figures.ts";
import "./indicators.css";

const COMPARED = ["departement", "france"] as const;

interface BadgeProps<Cited> {
  citation: Cited;
  /**
   * On a document (the diagnostic), the badge is read as it is shown: its text once, without the spoken copy a board
   * card adds for its abbreviated, cut-short line, which a document's reader would otherwise meet twice.
   */
  readAsShown?: boolean | undefined;
  /** The figure's source is said apart, as the card's one source (the diagnostic): the badge leaves it out. */
  sourceApart?: boolean | undefined;
}

/** What a card cites: a figure of the territory, or one of its services. */
export function CitationBadge({ citation, readAsShown, sourceApart }: BadgeProps<Citation>) {
  return isServiceCitation(citation) ? (
    <ServiceBadge citation={citation} readAsShown={readAsShown} />
  ) : (
    <FigureBadge citation={citation} readAsShown={readAsShown} sourceApart={sourceApart} />
  );
}

/** The badge's line as shown, and for screen readers the same in full words, unless it is read as shown. */
function BadgeText({
  shown,
  spoken,
  readAsShown,
}: {
  shown: ReactNode;
  spoken: string;
  readAsShown: boolean | undefined;
}) {
  if (readAsShown) return shown;
  return (
    <>
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{spoken}</span>
    </>
  );
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
function ServiceBadge({ citation, readAsShown }: BadgeProps<ServiceCitation>) {
  const facts = serviceFacts(citation);
  return (
    <p className="citation-badge citation-badge--service">
      <BadgeText
        readAsShown={readAsShown}
        spoken={t.territoryServices.badge.spoken(citation.name, facts)}
        shown={
          <>
            <BadgeIcon>
              <path d="M8 1 1 6.5V15h5v-4.5h4V15h5V6.5z" />
            </BadgeIcon>
            <strong>{citation.name}</strong> · {facts.join(" · ")}
          </>
        }
      />
    </p>
  );
}

/**
 * A cited figure on a card, short enough to read from the back of the room: the figures on one line, the source cut
 * to one line under them (in full in the tooltip). Screen readers get the same in full words.
 */
function FigureBadge({ citation, readAsShown, sourceApart }: BadgeProps<IndicatorCitation>) {
  const { label, year, unit, values } = citation;
  const source = sourceApart ? "" : citation.source;
  const text = t.indicators.badge;
  const compared = COMPARED.flatMap((level) => {
    const value = values[level];
    return value === null ? [] : [{ level, figure: formatFigure(value, unit) }];
  });
  const figure = formatFigure(values.territoire, unit);
  return (
    <p className="citation-badge" title={source && !readAsShown ? text.sourceTitle(source) : undefined}>
      <BadgeText
        readAsShown={readAsShown}
        spoken={text.spoken(
          text.spokenFigure(label, figure, year),
          compared.map(({ level, figure: other }) => text.spokenLevel(t.indicatorLevels[level], other)),
          source,
        )}
        shown={
          <>
            <BadgeIcon>
              <rect x="1" y="9" width="3.5" height="6" rx="0.5" />
              <rect x="6.25" y="5" width="3.5" height="10" rx="0.5" />
              <rect x="11.5" y="1" width="3.5" height="14" rx="0.5" />
            </BadgeIcon>
            {text.labelled(label)}{" "}
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
          </>
        }
      />
    </p>
  );
}
