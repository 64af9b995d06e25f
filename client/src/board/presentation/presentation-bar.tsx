import type { BoardSettings, BoardView } from "@atelier/shared";
import { PHASES } from "@atelier/shared";
import { useEffect, useRef } from "react";
import { t } from "../../i18n/text.ts";
import { QrCode } from "../../spaces/invitations/qr-code.tsx";
import { SharedTimer } from "../facilitation/shared-timer.tsx";
import { shortCodeAddress, shortCodeUrl, useJoinCodeMaker } from "./use-join-code.ts";
import { shortAddress, useParticipationLink } from "./use-participation-link.ts";
import "./join-code.css";

interface PresentationBarProps {
  board: BoardView;
  settings: BoardSettings;
  /** What is left of the timer, in ms; null without one. */
  remaining: number | null;
  onLeave: () => void;
}

/**
 * Longest address one types by hand from the back of the room; an invitation link, with its token, is far longer and
 * is only ever scanned.
 */
const TYPEABLE_ADDRESS = 32;

/**
 * Above the lanes while the board is projected: the theme, the phase and the timer large enough for the back of the
 * room, and the way in for those who have not joined yet (the short address and its code when one was made, else the
 * link's QR code, with its address only if one can type it, and for the facilitator a short code in one click).
 * Escape, or its button, gives the usual board back.
 */
export function PresentationBar({ board, settings, remaining, onLeave }: PresentationBarProps) {
  const [link] = useParticipationLink(board.id);
  const { code, busy, failure, create } = useJoinCodeMaker(board.id, link);
  const leave = useRef<HTMLButtonElement>(null);
  const { label, hint } = t.facilitation.phases[settings.phase];

  useEffect(() => {
    // The page around the cards is gone: the keyboard lands on the way back.
    leave.current?.focus();
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape" && !document.querySelector("dialog[open]")) onLeave();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onLeave]);

  return (
    <section className="presentation" aria-label={t.boardLayout.presentationOf(board.theme)}>
      <div className="presentation__main">
        <h1 className="presentation__theme">{board.theme}</h1>
        <p className="presentation__phase">
          <span className="presentation__step" aria-hidden="true">
            {PHASES.indexOf(settings.phase) + 1}
          </span>
          <strong>{label}</strong> <span className="presentation__hint">{hint}</span>
        </p>
      </div>
      <SharedTimer timer={settings.timer} remaining={remaining} />
      {code ? (
        <div className="presentation__join presentation__join--code">
          <QrCode className="presentation__qr" text={shortCodeUrl(code)} alt={t.joinCode.qrAlt} />
          <p className="presentation__address">
            {t.joinCode.goTo} <strong className="presentation__short">{shortCodeAddress(code)}</strong>{" "}
            {t.joinCode.thenType}{" "}
            <strong className="presentation__code" data-testid="join-code">
              {code.code}
            </strong>
          </p>
        </div>
      ) : (
        link && (
          <div className="presentation__join">
            <QrCode className="presentation__qr" text={link} alt={t.boardLayout.qrAlt} />
            <div className="presentation__address presentation__way-in">
              {shortAddress(link).length <= TYPEABLE_ADDRESS ? (
                <p>
                  {t.boardLayout.scanToJoin} <strong className="presentation__link">{shortAddress(link)}</strong>
                </p>
              ) : (
                <p>{t.boardLayout.scanOnlyToJoin}</p>
              )}
              {create && (
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  onClick={async () => {
                    // The button goes once the code is shown: the keyboard lands on the way back.
                    if (await create()) leave.current?.focus();
                  }}
                >
                  {busy ? t.joinCode.creating : t.joinCode.create}
                </button>
              )}
              {failure && (
                <p className="alert alert--error" role="alert">
                  {failure}
                </p>
              )}
            </div>
          </div>
        )
      )}
      <button
        ref={leave}
        type="button"
        className="button button--small presentation__leave"
        aria-keyshortcuts="Escape"
        onClick={onLeave}
      >
        {t.boardLayout.leavePresentation}
        <span className="presentation__key" aria-hidden="true">
          {t.boardLayout.leaveHint}
        </span>
      </button>
    </section>
  );
}
