import { CARD_KINDS, type Card, type CardKind } from "@atelier/shared";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useRef } from "react";
import type * as Y from "yjs";
import { fr } from "../i18n/fr.ts";
import { CardView } from "./card-view.tsx";
import type { Participant } from "./participant.ts";

interface CardColumnsProps {
  cards: Card[];
  doc: Y.Doc;
  provider: HocuspocusProvider;
  participant: Participant;
  readOnly: boolean;
}

/** One column per kind of card, in the order a diagnostic is built: findings, assets, needs, then actions. */
export function CardColumns(props: CardColumnsProps) {
  return (
    <div className="columns">
      {CARD_KINDS.map((kind) => (
        <CardColumn key={kind} kind={kind} {...props} cards={props.cards.filter((card) => card.kind === kind)} />
      ))}
    </div>
  );
}

function CardColumn({ kind, cards, ...shared }: CardColumnsProps & { kind: CardKind }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `column-${kind}`;
  return (
    <section className={`column column--${kind}`} aria-labelledby={headingId}>
      <header className="column__header">
        <h2 className="column__title" id={headingId} ref={heading} tabIndex={-1}>
          {fr.kinds[kind].label}
        </h2>
        <p className="column__count">{fr.board.cardCount(cards.length)}</p>
        <p className="column__hint">{fr.kinds[kind].hint}</p>
      </header>
      {cards.length === 0 ? (
        <p className="column__empty">{fr.board.emptyColumn}</p>
      ) : (
        <ul className="column__cards">
          {cards.map((card) => (
            <li key={card.id}>
              <CardView card={card} {...shared} onDeleted={() => heading.current?.focus()} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
