import { type Card, placeVote, removeVote, type VoteRefusal, wordRefusal } from "@atelier/shared";
import { useState } from "react";
import type * as Y from "yjs";
import { refusalWords } from "../../i18n/refusal-words.ts";
import { t } from "../../i18n/text.ts";
import { isFacilitator, mayVote, useBoardReadOnly } from "../facilitation/board-access.ts";
import { newId } from "../new-id.ts";
import type { Participant } from "../participant.ts";
import { DecideControl } from "./decide-control.tsx";
import { useCardVote } from "./use-vote-state.ts";
import "./voting.css";

interface VoteControlProps {
  doc: Y.Doc;
  card: Card;
  participant: Participant;
}

/**
 * A card's footer for the vote and the decision: + / − while a vote is open (one's own votes only, so that nobody
 * follows the crowd), the card's total once it is closed, and the facilitator's "keep" switch in the decide phase.
 */
export function VoteControl({ doc, card, participant }: VoteControlProps) {
  const { status, phase, budget, total, mine, spent } = useCardVote(doc, card.id, participant.id);
  const readOnly = useBoardReadOnly();
  const cardId = card.id;

  const canVote = status === "open" && mayVote(participant) && !readOnly;
  const deciding = phase === "decide" && isFacilitator(participant) && !readOnly;
  // Back to contributing or clustering, a closed vote's totals stay on the cards it chose, not "no vote" on all.
  const showsTotal = status === "closed" && (total > 0 || phase === "vote" || phase === "decide");
  if (!canVote && !showsTotal && !deciding) return null;

  return (
    <div className="vote-control">
      {canVote && (
        <Ballot
          doc={doc}
          cardId={cardId}
          title={card.title}
          participantId={participant.id}
          mine={mine}
          left={budget - spent}
        />
      )}
      {showsTotal && (
        <p className={`vote-control__total${total > 0 ? "" : " vote-control__total--none"}`}>{t.voting.total(total)}</p>
      )}
      {deciding && <DecideControl doc={doc} cardId={cardId} participant={participant} />}
    </div>
  );
}

interface BallotProps {
  doc: Y.Doc;
  cardId: string;
  title: string;
  participantId: string;
  /** This participant's votes on the card. */
  mine: number;
  /** This participant's votes not yet placed. */
  left: number;
}

function Ballot({ doc, cardId, title, participantId, mine, left }: BallotProps) {
  const [refusal, setRefusal] = useState<VoteRefusal | null>(null);
  // aria-disabled rather than disabled: the button that spent the last vote keeps the focus, and − stays next to it.
  return (
    <div className="ballot">
      <button
        type="button"
        className="ballot__button"
        aria-label={t.voting.removeLabel(title)}
        aria-disabled={mine === 0}
        onClick={() => {
          removeVote(doc, participantId, cardId);
          setRefusal(null);
        }}
      >
        <span aria-hidden="true">−</span>
      </button>
      {/* Not a live region: the vote bar's "Il vous reste N votes" already announces each vote. */}
      <p className="ballot__mine">
        <span className="ballot__count" aria-hidden="true">
          {mine}
        </span>
        <span className="visually-hidden">{t.voting.mine(mine)}</span>
      </p>
      <button
        type="button"
        className="ballot__button ballot__button--add"
        aria-label={t.voting.addLabel(title)}
        aria-disabled={left <= 0}
        onClick={() => setRefusal(placeVote(doc, participantId, cardId, newId()))}
      >
        <span aria-hidden="true">+</span>
      </button>
      {refusal && (
        <p className="ballot__refusal" role="alert">
          {wordRefusal(refusalWords.refusals, { code: refusal, params: {} })}
        </p>
      )}
    </div>
  );
}
