import type { Card } from "@atelier/shared";
import { useDroppable } from "@dnd-kit/core";
import { useCallback } from "react";
import { t } from "../../i18n/text.ts";
import { CardList } from "./card-list.tsx";
import { type CardUi, targetsLaneEnd } from "./card-ui.ts";
import { type DropData, laneEndDropId } from "./drop-target.ts";
import { useSurface } from "./surface-context.ts";

export const LOOSE_TITLE_ID = "loose-cards-title";

interface LooseAreaProps {
  cards: Card[];
  total: number;
  ui: CardUi;
}

function focusTitle() {
  document.getElementById(LOOSE_TITLE_ID)?.focus();
}

/** The cards in no cluster yet. Dropped between them a card leaves its cluster; dropped onto one, it starts a cluster. */
export function LooseArea({ cards, total, ui }: LooseAreaProps) {
  const { readOnly } = useSurface();
  const data: DropData = { type: "end", clusterId: null };
  const { setNodeRef } = useDroppable({ id: laneEndDropId(null), data, disabled: readOnly });
  const onDeleted = useCallback(focusTitle, []);

  return (
    <section
      ref={setNodeRef}
      className="loose"
      aria-labelledby={LOOSE_TITLE_ID}
      data-targeted={targetsLaneEnd(ui.target, null) || undefined}
    >
      <header className="loose__header">
        <h2 className="surface__heading" id={LOOSE_TITLE_ID} tabIndex={-1}>
          {t.surface.looseTitle}
        </h2>
        <p className="lane__count">{t.surface.laneCount(cards.length, total)}</p>
        {!readOnly && cards.length > 1 && <p className="loose__hint">{t.surface.looseHint}</p>}
      </header>
      {cards.length === 0 ? (
        <p className="loose__empty">{total === 0 ? t.surface.looseEmpty : t.surface.noMatch}</p>
      ) : (
        <CardList clusterId={null} cards={cards} titleTag="h3" ui={ui} onDeleted={onDeleted} />
      )}
    </section>
  );
}
