import type { Card } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { KindIcon } from "./kind-icon.tsx";

/** What follows the pointer during a drag: light, with no editor; screen readers hear the announcements instead. */
export function CardDragPreview({ card, width }: { card: Card; width: number | undefined }) {
  return (
    <div className={`card card--${card.kind} card--preview`} style={{ width }} aria-hidden="true">
      <p className="card__kind">
        <KindIcon kind={card.kind} />
        {t.kinds[card.kind].label}
      </p>
      <p className="card__title">{card.title}</p>
    </div>
  );
}
