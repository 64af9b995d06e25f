import { boardLayoutView, type Card } from "@atelier/shared";
import { type FormEvent, useContext, useState } from "react";
import { t } from "../../i18n/text.ts";
import { Field } from "../../ui/field.tsx";
import { dropCard, shiftCard } from "./board-moves.ts";
import type { DropTarget } from "./drop-target.ts";
import { keepFocusOnCard } from "./focus-card.ts";
import { namesIn } from "./place-names.ts";
import { SurfaceLayoutContext, useSurface } from "./surface-context.ts";

interface Destination {
  value: string;
  label: string;
  target: DropTarget;
}

interface MoveCardFormProps {
  card: Card;
  /** The card's lane: null for the loose cards. */
  clusterId: string | null;
}

/**
 * The way to cluster without dragging (RGAA asks for one): pick a destination, then confirm; move up or down in the
 * lane with two buttons. Nothing moves on a mere change of the list, which a keyboard user goes through option by
 * option.
 */
export function MoveCardForm({ card, clusterId }: MoveCardFormProps) {
  const { doc, announce } = useSurface();
  const layout = useContext(SurfaceLayoutContext);
  const clusters: Destination[] = layout.clusters
    .filter((entry) => entry.cluster.id !== clusterId)
    .map(({ cluster }) => ({
      value: `cluster:${cluster.id}`,
      label: cluster.name,
      target: { kind: "end", clusterId: cluster.id },
    }));
  const loose: Destination[] =
    clusterId === null
      ? []
      : [{ value: "loose", label: t.surface.looseTitle, target: { kind: "end", clusterId: null } }];
  const fresh: Destination = { value: "new", label: t.surface.moveToNewCluster, target: { kind: "new-cluster" } };
  const partners: Destination[] = layout.loose
    .filter((other) => other.id !== card.id)
    .map((other) => ({ value: `with:${other.id}`, label: other.title, target: { kind: "group", cardId: other.id } }));
  const all = [...clusters, ...loose, fresh, ...partners];
  const [value, setValue] = useState(() => all[0]?.value ?? fresh.value);
  // The list changes under the form as others regroup: a destination that is gone falls back to the first one.
  const chosen = all.find((candidate) => candidate.value === value) ?? all[0] ?? fresh;
  const lane = clusterId === null ? layout.loose : layout.clusters.find((e) => e.cluster.id === clusterId)?.cards;
  const index = lane?.findIndex((other) => other.id === card.id) ?? -1;
  const last = (lane?.length ?? 0) - 1;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const landed = dropCard(doc, card.id, chosen.target);
    if (landed === undefined) return;
    announce(t.surface.moved(card.title, namesIn(boardLayoutView(doc)).place(landed)));
    keepFocusOnCard(card.id);
  }

  function shift(step: -1 | 1) {
    shiftCard(doc, card.id, step);
    announce(t.surface.shifted(card.title, index + step + 1, last + 1));
    keepFocusOnCard(card.id);
  }

  return (
    <form className="move-card" onSubmit={submit} aria-label={t.surface.moveFormLabel(card.title)}>
      <div className="move-card__destination">
        <Field label={t.surface.moveTo}>
          {(control) => (
            <select
              className="input"
              value={chosen.value}
              onChange={(event) => setValue(event.target.value)}
              {...control}
            >
              {clusters.length > 0 && <Options label={t.surface.clustersTitle} destinations={clusters} />}
              {[...loose, fresh].map((destination) => (
                <option key={destination.value} value={destination.value}>
                  {destination.label}
                </option>
              ))}
              {partners.length > 0 && <Options label={t.surface.moveGroupWith} destinations={partners} />}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--small button--primary">
          {t.surface.moveSubmit}
        </button>
      </div>
      {last > 0 && (
        <div className="actions">
          <button
            type="button"
            className="button button--small"
            disabled={index <= 0}
            aria-label={t.surface.moveUpLabel(card.title)}
            onClick={() => shift(-1)}
          >
            {t.surface.moveUp}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={index === -1 || index >= last}
            aria-label={t.surface.moveDownLabel(card.title)}
            onClick={() => shift(1)}
          >
            {t.surface.moveDown}
          </button>
        </div>
      )}
    </form>
  );
}

function Options({ label, destinations }: { label: string; destinations: Destination[] }) {
  return (
    <optgroup label={label}>
      {destinations.map((destination) => (
        <option key={destination.value} value={destination.value}>
          {destination.label}
        </option>
      ))}
    </optgroup>
  );
}
