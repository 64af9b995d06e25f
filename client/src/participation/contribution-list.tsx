import type { Card, PendingContributionView } from "@atelier/shared";
import { useId, useRef, useState } from "react";
import type * as Y from "yjs";
import { t } from "../i18n/text.ts";
import { ContributionArticle } from "./contribution-article.tsx";
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
  /** The habitant's own contributions still awaiting moderation: on the board for no one else yet. */
  pending?: PendingContributionView[];
  pendingFailure?: string | null;
}

export function ContributionList({
  title,
  cards,
  mine,
  pending = [],
  pendingFailure,
  ...cardProps
}: ContributionListProps) {
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
        {title} <span className="contributions__count">({pending.length + cards.length})</span>
      </h2>
      {pending.length > 0 && <p className="muted">{t.participation.awaitingNote}</p>}
      {pendingFailure && (
        <p className="alert alert--error" role="alert">
          {pendingFailure}
        </p>
      )}
      {pending.length + cards.length === 0 ? (
        <p className="muted">{t.participation.none}</p>
      ) : (
        <ul className="contributions__list">
          {/* The latest sent, so first: where the habitant looks once the form said it waits. */}
          {pending.map((item) => (
            <PendingContribution key={item.id} item={item} />
          ))}
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

function PendingContribution({ item }: { item: PendingContributionView }) {
  return (
    <li className="contributions__pending">
      <ContributionArticle kind={item.kind} title={item.title} body={item.body} byline={t.participation.yours}>
        <p className="badge badge--warning contribution__awaiting">{t.participation.awaitingApproval}</p>
      </ContributionArticle>
    </li>
  );
}
