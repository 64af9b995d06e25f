import { type Card, deleteCard } from "@atelier/shared";
import { useEffect, useRef } from "react";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { fr } from "../../i18n/fr.ts";
import { MoveCardForm } from "./move-card-form.tsx";
import { useSurface } from "./surface-context.ts";

/** "closed": only the Actions button; "open": move, edit and delete; then the edit form or the delete question. */
export type CardMode = "closed" | "open" | "edit" | "confirm-delete";

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

export function CardActions({ card, clusterId, mode, setMode, onDeleted }: CardActionsProps) {
  const { doc, participant } = useSurface();
  const editButton = useFocusReturn<HTMLButtonElement>(mode === "edit");
  const deleteButton = useFocusReturn<HTMLButtonElement>(mode === "confirm-delete");
  const cancelDelete = useRef<HTMLButtonElement>(null);

  // The safe answer takes the focus, so that a stray Enter does not delete the card.
  useEffect(() => {
    if (mode === "confirm-delete") cancelDelete.current?.focus();
  }, [mode]);

  if (mode === "confirm-delete") {
    return (
      <fieldset className="card__confirm">
        <legend>{fr.board.confirmDelete}</legend>
        <div className="actions">
          <button
            type="button"
            className="button button--small button--danger-solid"
            onClick={() => {
              deleteCard(doc, card.id);
              onDeleted();
            }}
          >
            {fr.board.confirmDeleteSubmit}
          </button>
          <button ref={cancelDelete} type="button" className="button button--small" onClick={() => setMode("open")}>
            {fr.form.cancel}
          </button>
        </div>
      </fieldset>
    );
  }
  if (mode !== "open") return null;
  return (
    <div className="card__actions">
      <MoveCardForm card={card} clusterId={clusterId} />
      <div className="actions">
        <button
          ref={editButton}
          type="button"
          className="button button--small"
          aria-label={fr.board.editLabel(card.title)}
          onClick={() => setMode("edit")}
        >
          {fr.board.edit}
        </button>
        {mayDelete(card, participant) && (
          <button
            ref={deleteButton}
            type="button"
            className="button button--small button--danger"
            aria-label={fr.board.deleteLabel(card.title)}
            onClick={() => setMode("confirm-delete")}
          >
            {fr.board.delete}
          </button>
        )}
      </div>
    </div>
  );
}
