import "./offline-banner.css";
import { t } from "../i18n/text.ts";
import type { DocumentConnection } from "./use-document-connection.ts";
import { type OfflineState, useOfflineState } from "./use-offline-state.ts";

interface OfflineBannerProps {
  connection: DocumentConnection | null | undefined;
  /** Habitants write over HTTP, not through the document: their banner speaks of the contribution form. */
  habitant?: boolean;
  /** Placed outside a page's own padding (the plan): the banner then keeps the page's margins itself. */
  standalone?: boolean;
}

/**
 * Says when a document's connection is lost, that the edits made meanwhile are kept and how many wait, then that
 * they were sent. The status region stays in the page, empty while all is well, so that screen readers hear each
 * change of it; the count of waiting changes sits outside it, not to be read out at every keystroke.
 */
export function OfflineBanner({ connection, habitant = false, standalone = false }: OfflineBannerProps) {
  const state = useOfflineState(connection);
  const { phase } = state;
  const readOnly = habitant || Boolean(connection?.readOnly);
  const shown = phase !== "online";
  const lost = phase === "lost";

  return (
    <div
      className={`offline-banner${standalone ? " offline-banner--standalone" : ""}${shown ? "" : " offline-banner--idle"}`}
    >
      <div className={shown ? `offline-banner__box offline-banner__box--${lost ? "lost" : "back"}` : undefined}>
        {shown && <BannerIcon lost={lost} />}
        <div className="offline-banner__text">
          <p role="status" aria-live="polite">
            {shown && <Message state={state} readOnly={readOnly} habitant={habitant} />}
          </p>
          {lost && !readOnly && <p className="offline-banner__pending">{t.offline.pending(state.pending)}</p>}
        </div>
      </div>
      {connection?.writeRefused && (
        <p className="alert alert--error" role="alert">
          {t.offline.writeRefused(connection.writeRefused)}
        </p>
      )}
    </div>
  );
}

function Message({ state, readOnly, habitant }: { state: OfflineState; readOnly: boolean; habitant: boolean }) {
  if (state.phase === "lost") {
    const explanation = habitant ? t.offline.lostHabitant : readOnly ? t.offline.lostReadOnly : t.offline.lost;
    return (
      <>
        <span className="offline-banner__line">
          <strong className="offline-banner__title">{t.offline.lostTitle}</strong> — {explanation}
        </span>{" "}
        <span className="offline-banner__line offline-banner__cause">
          {state.cause === "network" ? t.offline.causeNetwork : t.offline.causeServer}
        </span>
      </>
    );
  }
  const outcome =
    state.phase === "sending"
      ? t.offline.sending
      : habitant
        ? t.offline.restoredHabitant
        : readOnly
          ? t.offline.restoredReadOnly
          : t.offline.restored;
  return (
    <>
      <strong className="offline-banner__title">{t.offline.restoredTitle}</strong> — {outcome}
    </>
  );
}

/** Drawn rather than an emoji: a crossed-out cloud when lost, a ticked one when back. Never the only sign. */
function BannerIcon({ lost }: { lost: boolean }) {
  return (
    <svg className="offline-banner__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        d="M7 18h10.5a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.4 9.2 4.5 4.5 0 0 0 7 18Z"
      />
      {lost ? (
        <path fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" d="M3 3l18 18" />
      ) : (
        <path
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
          d="m9 13.5 2.2 2.2 4-4.4"
        />
      )}
    </svg>
  );
}
