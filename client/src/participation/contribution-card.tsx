import { type Card, cardBody } from "@atelier/shared";
import type * as Y from "yjs";
import { useBodyText } from "../board/surface/use-body-text.ts";
import { t } from "../i18n/text.ts";
import { ConfirmButton } from "../ui/confirm-button.tsx";
import { useAsyncAction } from "../ui/use-async-action.ts";
import { ContributionArticle } from "./contribution-article.tsx";
import type { HabitantActions } from "./habitant-actions.ts";

/** The open vote as this habitant sees it; null when no vote is open. */
export interface VoteView {
  votesLeft: number;
  /** Card id → how many of this habitant's votes it holds. */
  mine: ReadonlyMap<string, number>;
}

interface ContributionCardProps {
  doc: Y.Doc;
  card: Card;
  mine: boolean;
  canWithdraw: boolean;
  vote: VoteView | null;
  actions: HabitantActions;
  onWithdrawn: () => void;
}

/** A card as a phone shows it, with what this habitant may do on it. */
export function ContributionCard({ doc, card, mine, canWithdraw, vote, actions, onWithdrawn }: ContributionCardProps) {
  const body = useBodyText(cardBody(doc, card.id));

  return (
    <li>
      <ContributionArticle
        kind={card.kind}
        title={card.title}
        body={body}
        byline={mine ? t.participation.yours : t.participation.byline(card.authorName, t.roles[card.authorRole])}
      >
        {vote && <VoteButtons card={card} vote={vote} actions={actions} />}
        {mine && canWithdraw && (
          <ConfirmButton
            label={t.participation.delete}
            accessibleLabel={t.participation.deleteLabel(card.title)}
            question={t.participation.confirmDelete}
            confirmLabel={t.participation.delete}
            onConfirm={async () => {
              await actions.withdraw(card.id);
              onWithdrawn();
            }}
          />
        )}
      </ContributionArticle>
    </li>
  );
}

function VoteButtons({ card, vote, actions }: { card: Card; vote: VoteView; actions: HabitantActions }) {
  const { failure, run } = useAsyncAction();
  const given = vote.mine.get(card.id) ?? 0;

  return (
    <div className="contribution__vote">
      <button
        type="button"
        className="button button--primary"
        aria-label={t.voting.addLabel(card.title)}
        disabled={vote.votesLeft <= 0}
        onClick={() => run(() => actions.vote(card.id))}
      >
        {t.participation.vote}
      </button>
      {given > 0 && (
        <button
          type="button"
          className="button"
          aria-label={t.voting.removeLabel(card.title)}
          onClick={() => run(() => actions.unvote(card.id))}
        >
          {t.participation.unvote}
        </button>
      )}
      <span className="contribution__votes">{t.voting.mine(given)}</span>
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
