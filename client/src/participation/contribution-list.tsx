import type { Card } from "@atelier/shared";
import { useId, useRef, useState } from "react";
import type * as Y from "yjs";
import { t } from "../i18n/text.ts";
import { ContributionCard, type VoteView } from "./contribution-card.tsx";
import type { HabitantActions } from "./habitant-actions.ts";

interface ContributionListProps {
  title: string;
  doc: Y.Doc;
  cards: Card[];
  mine: boolean;
  canWithdraw: boolean;
  vote: VoteView | null;
  actions: HabitantActions;
}

export function ContributionList({ title, cards, mine, ...cardProps }: ContributionListProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState("");

  function withdrawn() {
    setAnnouncement(t.participation.deleted);
    // The card that held the focus is gone: the list's heading takes it rather than the top of the page.
    heading.current?.focus();
  }

  return (
    <section className="contributions" aria-labelledby={`${id}-title`}>
      <h2 ref={heading} id={`${id}-title`} tabIndex={-1}>
        {title} <span className="contributions__count">({cards.length})</span>
      </h2>
      {cards.length === 0 ? (
        <p className="muted">{t.participation.none}</p>
      ) : (
        <ul className="contributions__list">
          {cards.map((card) => (
            <ContributionCard key={card.id} card={card} mine={mine} onWithdrawn={withdrawn} {...cardProps} />
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
