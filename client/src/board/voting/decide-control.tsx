import { cardById, setCardStatus } from "@atelier/shared";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import type { Participant } from "../participant.ts";

interface DecideControlProps {
  doc: Y.Doc;
  cardId: string;
  participant: Participant;
}

/** The facilitator's "keep this card" switch: agreed cards are what the action plan receives. */
export function DecideControl({ doc, cardId, participant }: DecideControlProps) {
  const card = cardById(doc, cardId);
  // A card already in the action plan is no longer the board's to decide.
  if (!card || participant.role !== "facilitator" || card.status === "promoted") return null;
  const agreed = card.status === "agreed";
  return (
    <button
      type="button"
      className={`button button--small decide-control${agreed ? " decide-control--agreed" : ""}`}
      aria-label={agreed ? t.voting.unkeepLabel(card.title) : t.voting.keepLabel(card.title)}
      onClick={() => setCardStatus(doc, cardId, agreed ? "draft" : "agreed", Date.now())}
    >
      {agreed ? t.voting.unkeep : t.voting.keep}
    </button>
  );
}
