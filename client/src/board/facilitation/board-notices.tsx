import type { BoardSettings } from "@atelier/shared";
import { useId } from "react";
import { t } from "../../i18n/text.ts";

interface BoardNoticesProps {
  settings: Pick<BoardSettings, "locked" | "hidden">;
  facilitator: boolean;
  /** When "follow me" is on and led from another page: whether this one follows, and how to change it. */
  follow?: { following: boolean; onFollowingChange: (following: boolean) => void } | undefined;
}

/**
 * What the facilitator's settings mean for this participant: the lock, hidden mode, "follow me". Shown by the live
 * board and, for the lock and hidden mode, already by its first screen.
 */
export function BoardNotices({ settings, facilitator, follow }: BoardNoticesProps) {
  const followId = useId();
  if (!settings.locked && !settings.hidden && !follow) return null;
  return (
    <ul className="board-notices">
      {settings.locked && (
        <li className="board-notice board-notice--locked">
          <span className="board-notice__badge">
            <LockIcon />
            {t.facilitation.lockedBadge}
          </span>
          {!facilitator && <span>{t.facilitation.lockedNotice}</span>}
        </li>
      )}
      {settings.hidden && (
        <li className="board-notice board-notice--hidden">
          <span className="board-notice__badge">{t.facilitation.hiddenBadge}</span>
          <span>{facilitator ? t.facilitation.hiddenFacilitatorNotice : t.facilitation.hiddenNotice}</span>
        </li>
      )}
      {follow && (
        <li className="board-notice board-notice--follow">
          <span>{t.facilitation.followNotice}</span>
          <span className="board-notice__toggle">
            <input
              id={followId}
              type="checkbox"
              checked={follow.following}
              onChange={(event) => follow.onFollowingChange(event.target.checked)}
            />
            <label htmlFor={followId}>{t.facilitation.followToggle}</label>
          </span>
        </li>
      )}
    </ul>
  );
}

/** Drawn rather than an emoji: not every projector PC or phone has a font with one. */
function LockIcon() {
  return (
    <svg className="board-notice__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Z"
      />
    </svg>
  );
}
