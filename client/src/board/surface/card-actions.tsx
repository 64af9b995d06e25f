import { type Card, deleteCard } from "@atelier/shared";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { t } from "../../i18n/text.ts";
import { CitationPicker } from "../../indicators/citation-picker.tsx";
import { MoveCardForm } from "./move-card-form.tsx";
import { useSurface } from "./surface-context.ts";

/** "closed": only the Actions button; "open": move, cite a figure, edit and delete; then the edit form. */
export type CardMode = "closed" | "open" | "edit";

interface CardActionsProps {
  card: Card;
  clusterId: string | null;
  mode: CardMode;
  setMode: (mode: CardMode) => void;
  /** Lets the lane take the focus back once this card, which held it, is gone. */
  onDeleted: () => void;
}

/** Partners may edit anyone's card but delete only their own; the server holds the same rule. */
function mayDelete(card: Card, participant: { id: string; role: string }): boolean {
  return participant.role === "facilitator" || card.authorId === participant.id;
}

/** The "⋯" button that shows and hides the card's actions. */
export function CardActionsToggle({
  title,
  mode,
  setMode,
}: Pick<CardActionsProps, "mode" | "setMode"> & { title: string }) {
  return (
    <button
      type="button"
      className="card__actions-toggle"
      aria-expanded={mode !== "closed"}
      aria-label={t.surface.actionsLabel(title)}
      title={t.surface.actions}
      onClick={() => setMode(mode === "closed" ? "open" : "closed")}
    >
      <svg viewBox="0 0 16 4" width="16" height="4" aria-hidden="true" focusable="false">
        <circle cx="2" cy="2" r="1.6" />
        <circle cx="8" cy="2" r="1.6" />
        <circle cx="14" cy="2" r="1.6" />
      </svg>
    </button>
  );
}

export function CardActions({ card, clusterId, mode, setMode, onDeleted }: CardActionsProps) {
  const { doc, participant, spaceId, token, offerUndo } = useSurface();
  const editButton = useFocusReturn<HTMLButtonElement>(mode === "edit");

  // Deleted at once, body and all, and offered back: a meeting is not stopped by a question for each card.
  function remove() {
    if (!deleteCard(doc, card.id)) return;
    offerUndo({
      message: t.boardDetails.undo.cardDeleted(card.title),
      undoLabel: t.boardDetails.undo.undoLabel(card.title),
      undone: t.boardDetails.undo.restored(card.title),
    });
    onDeleted();
  }

  if (mode !== "open") return null;
  return (
    <div className="card__actions">
      <MoveCardForm card={card} clusterId={clusterId} />
      <CitationPicker doc={doc} cardId={card.id} spaceId={spaceId} token={token} current={card.citation} />
      <div className="actions">
        <button
          ref={editButton}
          type="button"
          className="button button--small"
          aria-label={t.board.editLabel(card.title)}
          onClick={() => setMode("edit")}
        >
          {t.board.edit}
        </button>
        {mayDelete(card, participant) && (
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t.board.deleteLabel(card.title)}
            onClick={remove}
          >
            {t.board.delete}
          </button>
        )}
      </div>
    </div>
  );
}
