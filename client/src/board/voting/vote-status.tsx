import { t } from "../../i18n/text.ts";
import "./voting.css";

/** While a vote is open: the rule of the game and what this participant has left to give. */
export function VoteStatus({ votesLeft }: { votesLeft: number | null }) {
  return (
    <div className="vote-status">
      <p>{t.voting.openNotice}</p>
      {votesLeft !== null && (
        <p className="vote-status__left" role="status" data-testid="votes-left">
          {t.voting.votesLeft(votesLeft)}
        </p>
      )}
    </div>
  );
}
