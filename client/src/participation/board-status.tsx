import type { BoardSettings } from "@atelier/shared";
import { t } from "../i18n/text.ts";

interface BoardStatusProps {
  settings: BoardSettings;
  archived: boolean;
  /** Null when no vote is open. */
  votesLeft: number | null;
}

/**
 * One glance at the top of the phone: the step of the workshop and what it allows right now. One live region for
 * all of it, always there, so that a lock or a vote opening is announced as it happens.
 */
export function BoardStatus({ settings, archived, votesLeft }: BoardStatusProps) {
  // The step's name is the board's; what it asks is said to a habitant, who suggests ideas rather than handles cards.
  const phase = t.facilitation.phases[settings.phase];
  // The vote, when there is one, is what the phone is for right now: it says so rather than the step's general hint.
  const now =
    settings.vote.status === "open"
      ? t.boardDetails.phases.voteOpen
      : settings.vote.status === "closed"
        ? t.boardDetails.phases.voteClosed
        : t.participation.phase(phase.label, t.participation.phaseHints[settings.phase]);
  return (
    <section className="habitant-status" aria-label={t.participation.statusTitle}>
      <div className="habitant-status__lines" role="status">
        <p>{now}</p>
        {(archived || settings.locked) && (
          <p className="habitant-status__closed">{archived ? t.participation.archived : t.participation.locked}</p>
        )}
        {settings.hidden && <p>{t.facilitation.hiddenNotice}</p>}
        {votesLeft !== null && (
          <p className="habitant-status__votes" data-testid="votes-left">
            {t.voting.votesLeft(votesLeft)}
          </p>
        )}
      </div>
    </section>
  );
}
