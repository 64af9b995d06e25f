import { type BoardLayoutView, boardLayoutView } from "@atelier/shared";
import {
  type Announcements,
  type DndContextProps,
  type DragMoveEvent,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { boardCollisions } from "./board-collisions.ts";
import { dropCard } from "./board-moves.ts";
import { type DropTarget, dropTargetOf, sameDropTarget } from "./drop-target.ts";
import { describeTarget, namesIn } from "./place-names.ts";

/** A click on the handle (to focus it) must not start a drag: a few pixels of travel tell them apart. */
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };
/**
 * Targets are measured when a drag starts, and again each time lanes grow or shrink as others move cards during it;
 * never outside a drag, where measuring every card of a large board as it is drawn would cost seconds. Made once, as
 * the sensors' options: new ones at each render would give every card's drag hooks a new context, redrawing them all.
 */
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

/**
 * Dragging cards between lanes with a pointer or the keyboard, announced in French. The document changes only on
 * drop, once, through the shared move functions; until then the surface only shows where the card would land.
 */
export function useCardDrag(doc: Y.Doc, layout: BoardLayoutView) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);
  /** The dragged card's width: the preview that follows the pointer or the keyboard covers targets as the card would. */
  const [width, setWidth] = useState<number | undefined>();
  const byKeyboard = useRef(false);
  /** Where the last drop put the card (null: loose), read by the announcement that follows it. */
  const landed = useRef<string | null | undefined>(undefined);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));

  const announcements = useMemo<Announcements>(() => {
    const names = namesIn(layout);
    const at = ({ active, over }: Pick<DragMoveEvent, "active" | "over">) =>
      describeTarget(dropTargetOf(active, over, byKeyboard.current), names);
    return {
      onDragStart: ({ active }) => t.surface.picked(names.card(String(active.id))),
      // Over its own place, as when a drag starts, there is nothing new to say.
      onDragOver: (moment) => (moment.over?.id === moment.active.id ? undefined : at(moment)),
      // Said once the board has changed (the drop is applied first): where the card is now, in a cluster made
      // by this very drop too, rather than where it was about to go.
      onDragEnd: ({ active }) => {
        const title = names.card(String(active.id));
        return landed.current === undefined
          ? t.surface.cancelled(title)
          : t.surface.moved(title, namesIn(boardLayoutView(doc)).place(landed.current));
      },
      onDragCancel: ({ active }) => t.surface.cancelled(names.card(String(active.id))),
    };
  }, [layout, doc]);

  const track = ({ active, over }: DragMoveEvent) => {
    const next = dropTargetOf(active, over, byKeyboard.current);
    setTarget((current) => (sameDropTarget(current, next) ? current : next));
  };
  const reset = () => {
    setActiveId(null);
    setTarget(null);
  };

  const context: DndContextProps = {
    sensors,
    collisionDetection: boardCollisions,
    measuring: MEASURING,
    accessibility: { announcements, screenReaderInstructions: { draggable: t.surface.dragInstructions } },
    onDragStart: ({ active, activatorEvent }) => {
      byKeyboard.current = activatorEvent instanceof KeyboardEvent;
      setActiveId(String(active.id));
      setWidth(active.rect.current.initial?.width);
    },
    onDragMove: track,
    onDragOver: track,
    onDragEnd: ({ active, over }) => {
      const landing = dropTargetOf(active, over, byKeyboard.current);
      reset();
      landed.current = landing ? dropCard(doc, String(active.id), landing) : undefined;
    },
    onDragCancel: reset,
  };

  return { activeId, target, width, context };
}
