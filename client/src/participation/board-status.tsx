import type { BoardSettings } from "@atelier/shared";
import { fr } from "../i18n/fr.ts";

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
  const phase = fr.facilitation.phases[settings.phase];
  return (
    <section className="habitant-status" aria-label={fr.participation.statusTitle}>
      <div className="habitant-status__lines" role="status">
        <p>{fr.participation.phase(phase.label, phase.hint)}</p>
        {(archived || settings.locked) && (
          <p className="habitant-status__closed">{archived ? fr.participation.archived : fr.participation.locked}</p>
        )}
        {settings.hidden && <p>{fr.facilitation.hiddenNotice}</p>}
        {votesLeft !== null && (
          <p className="habitant-status__votes" data-testid="votes-left">
            {fr.voting.votesLeft(votesLeft)}
          </p>
        )}
      </div>
    </section>
  );
}
