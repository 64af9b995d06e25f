import { addCard, NewCardSchema } from "@atelier/shared";
import { type FormEvent, useState } from "react";
import type * as Y from "yjs";
import { useFocusOnMount } from "../forms/use-focus-on-mount.ts";
import { t } from "../i18n/text.ts";
import { CardFields, useCardFields } from "./card-fields.tsx";
import { newId } from "./new-id.ts";
import type { Participant } from "./participant.ts";

interface AddCardFormProps {
  doc: Y.Doc;
  participant: Participant;
  autoFocus: boolean;
}

export function AddCardForm({ doc, participant, autoFocus }: AddCardFormProps) {
  const fields = useCardFields({ kind: "constat", title: "", source: "" });
  useFocusOnMount(fields.titleInput, autoFocus);
  // The focus stays in the title for the next card: this says, without moving it, that the card is on the board.
  const [added, setAdded] = useState("");

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
    fields.titleInput.current?.focus();
  }

  return (
    <form ref={fields.form} className="add-card" onSubmit={submit} noValidate aria-labelledby="add-card-title">
      <h2 id="add-card-title" className="add-card__title">
        {t.board.addCardTitle}
      </h2>
      <div className="add-card__fields">
        <CardFields fields={fields} layout="bar" />
        <button type="submit" className="button button--primary add-card__submit">
          {t.board.addCardSubmit}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {added}
      </p>
    </form>
  );
}
