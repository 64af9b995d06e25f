import type { Timer } from "@atelier/shared";
import type * as Y from "yjs";
import { fr } from "../../i18n/fr.ts";
import { TimerControls } from "./timer-controls.tsx";
import { formatCountdown, useCountdown } from "./use-countdown.ts";

interface SharedTimerProps {
  doc: Y.Doc;
  timer: Timer | null;
  clockOffset: number;
  canControl: boolean;
}

/** The countdown every page shows the same way; only facilitators get the controls. */
export function SharedTimer({ doc, timer, clockOffset, canControl }: SharedTimerProps) {
  const remaining = useCountdown(timer, clockOffset);
  const ended = remaining === 0;
  const paused = timer !== null && timer.endsAt === null && !ended;
  if (!timer && !canControl) return null;

  return (
    <section className="timer" aria-labelledby="timer-title">
      <h3 id="timer-title" className="facilitation__label">
        {fr.facilitation.timerTitle}
      </h3>
      {remaining !== null && (
        <p
          className={`timer__display${ended ? " timer__display--ended" : ""}${paused ? " timer__display--paused" : ""}`}
        >
          <span className="visually-hidden">{fr.facilitation.timerRemaining} </span>
          <span className="timer__digits" data-testid="timer-digits">
            {formatCountdown(remaining)}
          </span>
          {paused && <span className="timer__state"> ({fr.facilitation.timerPaused})</span>}
        </p>
      )}
      {/* Present from the start, so that only the moment the time runs out is announced, not every second. */}
      <p className="timer__ended" aria-live="assertive">
        {ended ? fr.facilitation.timerEnded : ""}
      </p>
      {canControl && <TimerControls doc={doc} timer={timer} ended={ended} clockOffset={clockOffset} />}
    </section>
  );
}
