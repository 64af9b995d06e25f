import { type Card, CardPatchSchema, updateCard } from "@atelier/shared";
import type { FormEvent } from "react";
import type * as Y from "yjs";
import { useFocusOnMount } from "../forms/use-focus-on-mount.ts";
import { t } from "../i18n/text.ts";
import { CardFields, useCardFields } from "./card-fields.tsx";

interface CardEditFormProps {
  doc: Y.Doc;
  card: Card;
  onDone: () => void;
}

export function CardEditForm({ doc, card, onDone }: CardEditFormProps) {
  const fields = useCardFields({ kind: card.kind, title: card.title, source: card.source });
  useFocusOnMount(fields.titleInput);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const patch = fields.validate(CardPatchSchema.safeParse);
    if (!patch) return;
    updateCard(doc, card.id, patch, Date.now());
    onDone();
  }

  return (
    <form
      ref={fields.form}
      className="card-edit"
      onSubmit={submit}
      onKeyDown={(event) => event.key === "Escape" && onDone()}
      noValidate
      aria-label={t.board.editLabel(card.title)}
    >
      <CardFields fields={fields} layout="stacked" />
      <div className="actions">
        <button type="submit" className="button button--primary button--small">
          {t.form.save}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
