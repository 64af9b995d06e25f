import { type Card, cardBody, deleteCard } from "@atelier/shared";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { useFocusReturn } from "../forms/use-focus-return.ts";
import { fr } from "../i18n/fr.ts";
import { CardBodyEditor } from "./card-body-editor.tsx";
import { CardEditForm } from "./card-edit-form.tsx";
import type { Participant } from "./participant.ts";

interface CardViewProps {
  card: Card;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  participant: Participant;
  readOnly: boolean;
  /** Lets the column take the focus back once this card, which held it, is gone. */
  onDeleted: () => void;
}

type Mode = "view" | "edit" | "confirm-delete";

export function CardView({ card, doc, provider, participant, readOnly, onDeleted }: CardViewProps) {
  const [mode, setMode] = useState<Mode>("view");
  const editButton = useFocusReturn<HTMLButtonElement>(mode === "edit");
  const deleteButton = useFocusReturn<HTMLButtonElement>(mode === "confirm-delete");
  const cancelDelete = useRef<HTMLButtonElement>(null);
  const body = cardBody(doc, card.id);
  const backToView = () => setMode("view");

  // The safe answer takes the focus, so that a stray Enter does not delete the card.
  useEffect(() => {
    if (mode === "confirm-delete") cancelDelete.current?.focus();
  }, [mode]);

  function remove() {
    deleteCard(doc, card.id);
    onDeleted();
  }

  return (
    <article className={`card card--${card.kind}`} aria-label={card.title}>
      <p className="card__kind">{fr.kinds[card.kind].label}</p>
      {mode === "edit" ? (
        <CardEditForm doc={doc} card={card} onDone={backToView} />
      ) : (
        <>
          <h3 className="card__title">{card.title}</h3>
          <p className="card__byline">{fr.board.byline(card.authorName, fr.roles[card.authorRole])}</p>
          {card.source && (
            <p className="card__source">
              <span className="card__source-label">{fr.board.source}</span> {card.source}
            </p>
          )}
        </>
      )}
      {body && (
        <CardBodyEditor
          fragment={body}
          provider={provider}
          participant={participant}
          label={fr.board.bodyLabel(card.title)}
          readOnly={readOnly}
        />
      )}
      {!readOnly && mode === "view" && (
        <div className="card__tools">
          <button
            ref={editButton}
            type="button"
            className="button button--small button--quiet"
            aria-label={fr.board.editLabel(card.title)}
            onClick={() => setMode("edit")}
          >
            {fr.board.edit}
          </button>
          <button
            ref={deleteButton}
            type="button"
            className="button button--small button--quiet button--danger"
            aria-label={fr.board.deleteLabel(card.title)}
            onClick={() => setMode("confirm-delete")}
          >
            {fr.board.delete}
          </button>
        </div>
      )}
      {mode === "confirm-delete" && (
        <fieldset className="card__confirm">
          <legend>{fr.board.confirmDelete}</legend>
          <div className="actions">
            <button type="button" className="button button--small button--danger-solid" onClick={remove}>
              {fr.board.confirmDeleteSubmit}
            </button>
            <button ref={cancelDelete} type="button" className="button button--small" onClick={backToView}>
              {fr.form.cancel}
            </button>
          </div>
        </fieldset>
      )}
    </article>
  );
}
