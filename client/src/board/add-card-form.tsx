import { addCard, NewCardSchema } from "@atelier/shared";
import { type FormEvent, useId, useState } from "react";
import { flushSync } from "react-dom";
import type * as Y from "yjs";
import { useFocusOnMount } from "../forms/use-focus-on-mount.ts";
import { t } from "../i18n/text.ts";
import { useNarrowScreen } from "../ui/use-narrow-screen.ts";
import { CardFields, useCardFields } from "./card-fields.tsx";
import { DisclosureButton } from "./disclosure-button.tsx";
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
  // On a phone the form folds behind one button, so that the cards start on the first screen; whoever just gave
  // their name to contribute finds it open.
  const narrow = useNarrowScreen();
  const [unfolded, setUnfolded] = useState(autoFocus);
  const folded = narrow && !unfolded;
  const formId = useId();

  function unfold(open: boolean) {
    flushSync(() => setUnfolded(open));
    if (open) fields.titleInput.current?.focus();
  }

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
    <>
      {narrow && (
        <DisclosureButton open={!folded} onToggle={unfold} controls={formId} className="add-card__toggle">
          {t.board.addCardTitle}
        </DisclosureButton>
      )}
      <form
        id={formId}
        ref={fields.form}
        className="add-card"
        hidden={folded}
        onSubmit={submit}
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
        </div>
        <p className="visually-hidden" role="status">
          {added}
        </p>
      </form>
    </>
  );
}
