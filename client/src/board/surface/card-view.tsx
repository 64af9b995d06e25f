import { type Card, cardBody } from "@atelier/shared";
import { type ReactNode, useId, useState } from "react";
import { t } from "../../i18n/text.ts";
import { CardBodyEditor } from "../card-body-editor.tsx";
import { CardEditForm } from "../card-edit-form.tsx";
import { useCardBodyText } from "../use-cards.ts";
import type { Presence } from "../use-presence.ts";
import { VoteControl } from "../voting/vote-control.tsx";
import { CardActions, CardActionsToggle, type CardMode } from "./card-actions.tsx";
import { CardBodyToggle } from "./card-body-toggle.tsx";
import { CardKindLine, CardStatus, CardText } from "./card-face.tsx";
import { useSurface } from "./surface-context.ts";
import { useEditingAwareness } from "./use-editing-awareness.ts";

interface CardViewProps {
  card: Card;
  clusterId: string | null;
  /** h3 among the loose cards, h4 under a cluster's name. */
  titleTag: "h3" | "h4";
  /** The drag handle, absent when the board is read-only. */
  handle: ReactNode;
  expanded: boolean;
  onToggleBody: (cardId: string) => void;
  editors: Presence[];
  onDeleted: () => void;
}

export function CardView({
  card,
  clusterId,
  titleTag,
  handle,
  expanded,
  onToggleBody,
  editors,
  onDeleted,
}: CardViewProps) {
  const { doc, provider, participant, readOnly } = useSurface();
  const [chosenMode, setMode] = useState<CardMode>("closed");
  const mode = readOnly ? "closed" : chosenMode;
  const editing = useEditingAwareness(provider, card.id);
  const body = cardBody(doc, card.id);
  const bodyText = useCardBodyText(doc, card.id);
  const bodyId = useId();
  // Folded, the body costs no editor: its first lines are shown as plain text.
  const editor = expanded && body ? body : undefined;
  const foldable = body !== undefined && !(readOnly && bodyText === "");

  return (
    <article
      className={`card card--${card.kind}`}
      aria-label={card.title}
      data-follow-id={card.id}
      tabIndex={-1}
      data-edited={editors.length > 0 || undefined}
    >
      <div className="card__top">
        {handle}
        <CardKindLine card={card} />
        {/* The card's two buttons on its first line, right: a compact card is its kind, its title and its author. */}
        <span className="card__buttons">
          {foldable && (
            <CardBodyToggle
              title={card.title}
              expanded={editor !== undefined}
              controls={editor ? bodyId : undefined}
              onToggle={() => onToggleBody(card.id)}
            />
          )}
          {!readOnly && <CardActionsToggle title={card.title} mode={mode} setMode={setMode} />}
        </span>
      </div>
      <CardStatus card={card} />
      {mode === "edit" ? (
        <div ref={editing}>
          <CardEditForm doc={doc} card={card} onDone={() => setMode("open")} />
        </div>
      ) : (
        <CardText card={card} titleTag={titleTag} />
      )}
      {foldable && !editor && bodyText && <p className="card__preview">{bodyText}</p>}
      {editors.length > 0 && (
        <p className="card__editors">
          {editors.map((person) => (
            <span
              key={person.clientId}
              className="card__editor-dot"
              style={{ backgroundColor: person.color }}
              aria-hidden="true"
            />
          ))}
          {t.surface.editingBy(editors.map((person) => person.name))}
        </p>
      )}
      <VoteControl doc={doc} card={card} participant={participant} />
      {editor && (
        <div id={bodyId} ref={editing}>
          <CardBodyEditor
            fragment={editor}
            provider={provider}
            participant={participant}
            label={t.board.bodyLabel(card.title)}
            readOnly={readOnly}
          />
        </div>
      )}
      <CardActions card={card} clusterId={clusterId} mode={mode} setMode={setMode} onDeleted={onDeleted} />
    </article>
  );
}
