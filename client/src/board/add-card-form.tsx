import { addCard, NewCardSchema } from "@atelier/shared";
import { type FormEvent, type KeyboardEvent, useEffect, useState } from "react";
import type * as Y from "yjs";
import { t } from "../i18n/text.ts";
import { CardFields, useCardFields } from "./card-fields.tsx";
import { newId } from "./new-id.ts";
import type { Participant } from "./participant.ts";
import { ADD_CARD_SHORTCUT, type AddCardDisclosure } from "./use-add-card-disclosure.ts";

interface AddCardFormProps {
  doc: Y.Doc;
  participant: Participant;
  disclosure: AddCardDisclosure;
}

/** The form under the board's bar, shown on demand (see `useAddCardDisclosure`); hidden, it keeps what was typed. */
export function AddCardForm({ doc, participant, disclosure }: AddCardFormProps) {
  const fields = useCardFields({ kind: "constat", title: "", source: "" });
  // The focus stays in the title for the next card: this says, without moving it, that the card is on the board.
  const [added, setAdded] = useState("");
  const { open, focusRequests, hide } = disclosure;
  const { titleInput } = fields;

  useEffect(() => {
    if (focusRequests > 0) titleInput.current?.focus();
  }, [focusRequests, titleInput]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const card = fields.validate(NewCardSchema.safeParse, {
      authorId: participant.id,
      authorName: participant.name,
      authorRole: participant.role,
    });
    if (!card) return;
    addCard(doc, newId(), card, Date.now());
    setAdded(t.board.announceAddedOwn(t.kinds[card.kind].label, card.title));
    fields.setValues((current) => ({ ...current, title: "", source: "" }));
    // Ready for the next idea of the same kind: workshops add cards in bursts.
    titleInput.current?.focus();
  }

  function closeOnEscape(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    hide();
  }

  return (
    <form
      id={disclosure.formId}
      ref={fields.form}
      className="add-card"
      hidden={!open}
      onSubmit={submit}
      onKeyDown={closeOnEscape}
      noValidate
      aria-labelledby="add-card-title"
    >
      <h2 id="add-card-title" className="add-card__title narrow-hidden">
        {t.board.addCardTitle}
      </h2>
      <div className="add-card__fields">
        <CardFields fields={fields} layout="bar" />
        <button type="submit" className="button button--primary add-card__submit">
          {t.board.addCardSubmit}
        </button>
        <button type="button" className="button button--small button--quiet add-card__close" onClick={hide}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t.boardLayout.closeAddCard}</span>
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {added}
      </p>
    </form>
  );
}

/** In the board's bar: shows the form, or hides it, and tells screen readers of the N key that does the same. */
export function AddCardButton({ disclosure }: { disclosure: AddCardDisclosure }) {
  const { open, show, hide, formId, button } = disclosure;
  return (
    <button
      ref={button}
      type="button"
      className="button button--small board-bar__add"
      aria-expanded={open}
      aria-controls={formId}
      aria-keyshortcuts={ADD_CARD_SHORTCUT.toUpperCase()}
      aria-describedby={`${formId}-shortcut`}
      title={t.boardLayout.addCardShortcut}
      onClick={open ? hide : show}
    >
      <span aria-hidden="true">+ </span>
      {t.board.addCardTitle}
      <span id={`${formId}-shortcut`} hidden>
        {t.boardLayout.addCardShortcut}
      </span>
    </button>
  );
}
