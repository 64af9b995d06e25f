import type { Timer } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { formatCountdown } from "./use-countdown.ts";

interface SharedTimerProps {
  timer: Timer | null;
  /** What is left, in ms, as the whole panel counts it down; null without a timer. */
  remaining: number | null;
}

/** The countdown every page shows the same way, in the facilitation bar; facilitators set it from their tools. */
export function SharedTimer({ timer, remaining }: SharedTimerProps) {
  const ended = remaining === 0;
  const paused = timer !== null && timer.endsAt === null && !ended;
  return (
    <div className="timer">
      {remaining !== null && (
        <p
          className={`timer__display${ended ? " timer__display--ended" : ""}${paused ? " timer__display--paused" : ""}`}
        >
          <ClockIcon />
          <span className="visually-hidden">{t.facilitation.timerRemaining} </span>
          <span className="timer__digits" data-testid="timer-digits">
            {formatCountdown(remaining)}
          </span>
          {paused && <span className="timer__state"> ({t.facilitation.timerPaused})</span>}
        </p>
      )}
      {/* Present from the start, so that only the moment the time runs out is announced, not every second. */}
      <p className="timer__ended" aria-live="assertive">
        {ended ? t.facilitation.timerEnded : ""}
      </p>
    </div>
  );
}

/** Drawn rather than an emoji, as the lock is: not every projector PC has a font with one. */
function ClockIcon() {
  return (
    <svg className="timer__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="9" r="6" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M8 5.5V9l2.2 1.6M6 1.5h4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
