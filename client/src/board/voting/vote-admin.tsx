import { clearVote, closeVote, openVote, resumeVote, VOTE_BUDGET_MAX, type VoteSettings } from "@atelier/shared";
import { useRef } from "react";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { usePendingFocus } from "../facilitation/use-pending-focus.ts";
import { WholeNumberForm } from "../facilitation/whole-number-form.tsx";
import "./voting.css";

const DEFAULT_BUDGET = 3;

interface VoteAdminProps {
  doc: Y.Doc;
  vote: VoteSettings;
  voters: number;
}

/**
 * The facilitator's side of the vote: open it with a budget per person, close it, take a closed one up again, clear
 * it. A new round is opened only from no vote: over a closed one it would wipe the results without asking.
 */
export function VoteAdmin({ doc, vote, voters }: VoteAdminProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const resumeButton = useRef<HTMLButtonElement>(null);
  const budgetInput = useRef<HTMLInputElement>(null);
  const focusAfterRender = usePendingFocus();

  if (vote.status === "open") {
    return (
      <div className="vote-admin">
        <p className="vote-admin__voters">{t.voting.voters(voters)}</p>
        <button
          ref={closeButton}
          type="button"
          className="button button--small button--primary"
          onClick={() => {
            closeVote(doc);
            focusAfterRender(resumeButton);
          }}
        >
          {t.voting.close}
        </button>
      </div>
    );
  }
  if (vote.status === "closed") {
    return (
      <div className="vote-admin">
        <button
          ref={resumeButton}
          type="button"
          className="button button--small"
          onClick={() => {
            resumeVote(doc);
            focusAfterRender(closeButton);
          }}
        >
          {t.voting.resume}
        </button>
        {/* The results are the group's decision material: wiping them takes a second, deliberate click. */}
        <ConfirmButton
          label={t.voting.clear}
          question={t.voting.clearQuestion}
          confirmLabel={t.voting.clearConfirm}
          onConfirm={async () => {
            clearVote(doc);
            focusAfterRender(budgetInput);
          }}
        />
      </div>
    );
  }
  return (
    <div className="vote-admin">
      <WholeNumberForm
        className="vote-admin__open"
        label={t.voting.budgetLabel}
        max={VOTE_BUDGET_MAX}
        initial={String(DEFAULT_BUDGET)}
        submitLabel={t.voting.open}
        error={t.voting.budgetError(VOTE_BUDGET_MAX)}
        inputRef={budgetInput}
        onSubmit={(budget) => {
          openVote(doc, budget);
          focusAfterRender(closeButton);
        }}
      />
    </div>
  );
}
