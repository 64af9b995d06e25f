import { clearTimer, pauseTimer, resumeTimer, startTimer, TIMER_MAX_MS, type Timer } from "@atelier/shared";
import { useRef } from "react";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { usePendingFocus } from "./use-pending-focus.ts";
import { WholeNumberForm } from "./whole-number-form.tsx";

const PRESET_MINUTES = [3, 5, 10, 15];
const MAX_MINUTES = TIMER_MAX_MS / 60_000;

interface TimerControlsProps {
  doc: Y.Doc;
  timer: Timer | null;
  ended: boolean;
  clockOffset: number;
}

/** Start (presets or minutes), pause or resume, stop. */
export function TimerControls({ doc, timer, ended, clockOffset }: TimerControlsProps) {
  const firstPreset = useRef<HTMLButtonElement>(null);
  const pauseButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = usePendingFocus();
  const serverNow = () => Date.now() + clockOffset;
  const start = (minutes: number) => {
    startTimer(doc, minutes * 60_000, serverNow());
    focusAfterRender(pauseButton);
  };
  const running = timer !== null && timer.endsAt !== null && !ended;
  const paused = timer !== null && timer.endsAt === null && !ended;

  return (
    <div className="timer__controls">
      {(running || paused) && (
        // One button for both, so that the focus stays on it from pause to resume.
        <button
          ref={pauseButton}
          type="button"
          className="button button--small"
          onClick={() => (running ? pauseTimer(doc, serverNow()) : resumeTimer(doc, serverNow()))}
        >
          {running ? t.facilitation.timerPause : t.facilitation.timerResume}
        </button>
      )}
      {timer && (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            clearTimer(doc);
            focusAfterRender(firstPreset);
          }}
        >
          {t.facilitation.timerReset}
        </button>
      )}
      {!running && !paused && (
        <>
          <fieldset className="timer__presets">
            <legend className="visually-hidden">{t.facilitation.timerPresets}</legend>
            {PRESET_MINUTES.map((minutes, index) => (
              <button
                key={minutes}
                ref={index === 0 ? firstPreset : undefined}
                type="button"
                className="button button--small"
                onClick={() => start(minutes)}
              >
                {t.facilitation.timerPreset(minutes)}
              </button>
            ))}
          </fieldset>
          <WholeNumberForm
            className="timer__custom"
            label={t.facilitation.timerCustomLabel}
            max={MAX_MINUTES}
            initial=""
            submitLabel={t.facilitation.timerStart}
            error={t.facilitation.timerCustomError(MAX_MINUTES)}
            onSubmit={start}
          />
        </>
      )}
    </div>
  );
}
