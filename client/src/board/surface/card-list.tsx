import type { Card } from "@atelier/shared";
import { SortableContext, type SortingStrategy } from "@dnd-kit/sortable";
import type { CardUi } from "./card-ui.ts";
import { SortableCard } from "./sortable-card.tsx";

/**
 * Cards keep their place while one is dragged over them: a line shows where it would go, and dropping onto a loose
 * card groups the two. Cards sliding away under the pointer would make "onto" impossible to aim at.
 */
const stayInPlace: SortingStrategy = () => null;

interface CardListProps {
  clusterId: string | null;
  cards: Card[];
  titleTag: "h3" | "h4";
  ui: CardUi;
  onDeleted: () => void;
}

export function CardList({ clusterId, cards, titleTag, ui, onDeleted }: CardListProps) {
  return (
    <SortableContext id={`lane:${clusterId ?? "loose"}`} items={cards.map((card) => card.id)} strategy={stayInPlace}>
      <ul className="lane__cards">
        {cards.map((card) => (
          <SortableCard
            key={card.id}
            card={card}
            clusterId={clusterId}
            titleTag={titleTag}
            ui={ui}
            onDeleted={onDeleted}
          />
        ))}
      </ul>
    </SortableContext>
  );
}
