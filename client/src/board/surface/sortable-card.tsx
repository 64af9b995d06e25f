import type { Card } from "@atelier/shared";
import { useSortable } from "@dnd-kit/sortable";
import { memo } from "react";
import { t } from "../../i18n/text.ts";
import type { Presence } from "../use-presence.ts";
import type { DropHint } from "./card-ui.ts";
import { CardView } from "./card-view.tsx";
import type { DropData } from "./drop-target.ts";
import { useSurface } from "./surface-context.ts";

interface SortableCardProps {
  card: Card;
  clusterId: string | null;
  titleTag: "h3" | "h4";
  expanded: boolean;
  onToggleBody: (cardId: string) => void;
  /** Other participants whose focus is in the card's text. */
  editors: Presence[];
  /** Where a dragged card would land next to this one. */
  dropHint: DropHint | undefined;
  onDeleted: () => void;
}

/**
 * A card in its lane: a drop target for the others and, by its handle, draggable with a pointer or the keyboard.
 * Drawn again only when its own props change: an edit to another card leaves it be.
 */
export const SortableCard = memo(function SortableCard({
  card,
  clusterId,
  titleTag,
  expanded,
  onToggleBody,
  editors,
  dropHint,
  onDeleted,
}: SortableCardProps) {
  const { readOnly } = useSurface();
  const data: DropData = { type: "card", cardId: card.id, clusterId };
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging } = useSortable({
    id: card.id,
    data,
    disabled: readOnly,
    attributes: { roleDescription: t.surface.dragRole },
  });
  const handle = readOnly ? null : (
    <button
      ref={setActivatorNodeRef}
      type="button"
      className="card__handle"
      {...attributes}
      {...listeners}
      aria-label={t.surface.dragHandleLabel(card.title)}
    >
      <svg viewBox="0 0 10 16" width="10" height="16" aria-hidden="true" focusable="false">
        {[3, 8, 13].flatMap((y) => [
          <circle key={`l${y}`} cx="2.5" cy={y} r="1.5" />,
          <circle key={`r${y}`} cx="7.5" cy={y} r="1.5" />,
        ])}
      </svg>
    </button>
  );

  return (
    <li ref={setNodeRef} className="lane__item" data-drop={dropHint} data-dragging={isDragging || undefined}>
      <CardView
        card={card}
        clusterId={clusterId}
        titleTag={titleTag}
        handle={handle}
        expanded={expanded}
        onToggleBody={onToggleBody}
        editors={editors}
        onDeleted={onDeleted}
      />
    </li>
  );
});
