import { useRef } from "react";
import { t } from "../../i18n/text.ts";
import { usePlan } from "../plan-context.ts";

interface MoveButtonsProps {
  title: string;
  index: number;
  count: number;
  onMove: (index: number) => void;
}

/** Up and down by one place: reordering without dragging, from the keyboard as well as the mouse. */
export function MoveButtons({ title, index, count, onMove }: MoveButtonsProps) {
  const { announce } = usePlan();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);

  function move(step: -1 | 1) {
    onMove(index + step);
    announce(t.plan.moved(title, index + step + 1, count));
    // A keyed list re-inserts moved nodes, which drops their focus: give it back once the list has re-rendered,
    // to the other button when this one is now at the end of its course.
    requestAnimationFrame(() => {
      const [same, other] = step < 0 ? [up.current, down.current] : [down.current, up.current];
      (same && !same.disabled ? same : other)?.focus();
    });
  }

  return (
    <>
      <button
        ref={up}
        type="button"
        className="button button--small button--quiet"
        aria-label={t.plan.moveUpLabel(title)}
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        <span aria-hidden="true">↑</span> {t.plan.moveUp}
      </button>
      <button
        ref={down}
        type="button"
        className="button button--small button--quiet"
        aria-label={t.plan.moveDownLabel(title)}
        disabled={index === count - 1}
        onClick={() => move(1)}
      >
        <span aria-hidden="true">↓</span> {t.plan.moveDown}
      </button>
    </>
  );
}
