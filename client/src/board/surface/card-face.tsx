import type { Card } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { CitationBadge } from "../../indicators/citation-badge.tsx";
import { CardTimes } from "./card-times.tsx";
import { KindIcon } from "./kind-icon.tsx";

/** A card's kind: the start of its first line. */
export function CardKindLine({ card }: { card: Card }) {
  return (
    <p className="card__kind">
      <KindIcon kind={card.kind} />
      {t.kinds[card.kind].label}
    </p>
  );
}

/**
 * Once agreed or promoted, the card's status, on a line of its own under the first: "Promoted to the plan" is as wide
 * as a lane's card, and beside the kind it would push the card's buttons off their line.
 */
export function CardStatus({ card }: { card: Card }) {
  if (card.status === "draft") return null;
  return <p className={`card__status card__status--${card.status}`}>{t.surface.statuses[card.status]}</p>;
}

/** What a card says under its first line: its title, when it was written and by whom, its source and its figure. */
export function CardText({ card, titleTag: Title }: { card: Card; titleTag: "h3" | "h4" }) {
  const byline = t.board.byline(card.authorName, t.roles[card.authorRole]);
  return (
    <>
      <Title className="card__title">{card.title}</Title>
      {/* The time first: cut to one line in a narrow card, the author's name gives way rather than when it was. */}
      <p className="card__meta" title={byline}>
        <CardTimes card={card} /> · {byline}
      </p>
      {card.source && (
        <p className="card__source">
          <span className="card__source-label">{t.board.source}</span> {card.source}
        </p>
      )}
      {card.citation && <CitationBadge citation={card.citation} />}
    </>
  );
}
