import type { Card } from "@atelier/shared";
import { SortableContext, type SortingStrategy } from "@dnd-kit/sortable";
import { useMemo } from "react";
import type { Presence } from "../use-presence.ts";
import { type CardUi, dropHintFor } from "./card-ui.ts";
import { SortableCard } from "./sortable-card.tsx";
import { useDrawnCount } from "./use-drawn-count.ts";

/**
 * Cards keep their place while one is dragged over them: a line shows where it would go, and dropping onto a loose
 * card groups the two. Cards sliding away under the pointer would make "onto" impossible to aim at.
 */
const stayInPlace: SortingStrategy = () => null;
const NOBODY: Presence[] = [];

interface CardListProps {
  clusterId: string | null;
  cards: Card[];
  titleTag: "h3" | "h4";
  ui: CardUi;
  onDeleted: () => void;
}

/** Each card gets only what concerns it, so that an edit elsewhere on the board leaves it as it is. */
export function CardList({ clusterId, cards, titleTag, ui, onDeleted }: CardListProps) {
  const drawn = cards.slice(0, useDrawnCount(cards.length));
  const key = drawn.map((card) => card.id).join("\n");
  // The same ids while the lane holds the same cards: new ones would redraw every card of the lane.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key spells the ids out.
  const ids = useMemo(() => drawn.map((card) => card.id), [key]);
  return (
    <SortableContext id={`lane:${clusterId ?? "loose"}`} items={ids} strategy={stayInPlace}>
      <ul className="lane__cards">
        {drawn.map((card) => (
          <SortableCard
            key={card.id}
            card={card}
            clusterId={clusterId}
            titleTag={titleTag}
            expanded={ui.expanded.has(card.id)}
            onToggleBody={ui.toggleBody}
            editors={ui.editors.get(card.id) ?? NOBODY}
            dropHint={dropHintFor(ui.target, card.id)}
            onDeleted={onDeleted}
          />
        ))}
      </ul>
    </SortableContext>
  );
}
