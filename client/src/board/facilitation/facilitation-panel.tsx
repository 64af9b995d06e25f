import type { BoardSettings, BoardView } from "@atelier/shared";
import { type ReactNode, useEffect, useId, useState } from "react";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { DisclosureButton } from "../disclosure-button.tsx";
import type { Participant } from "../participant.ts";
import { useVoteState } from "../voting/use-vote-state.ts";
import { VoteStatus } from "../voting/vote-status.tsx";
import { isFacilitator, mayVote } from "./board-access.ts";
import { BoardNotices } from "./board-notices.tsx";
import { FacilitatorTools } from "./facilitator-tools.tsx";
import { PhaseStepper } from "./phase-stepper.tsx";
import { SharedTimer } from "./shared-timer.tsx";
import { useFacilitationAnnouncements } from "./use-facilitation-announcements.ts";
import { useFollowLeader, useFollowTarget } from "./use-follow-me.ts";
import { useRememberedOpen } from "./use-remembered-open.ts";
import "./facilitation.css";

interface FacilitationPanelProps {
  doc: Y.Doc;
  /** The tools' folding is remembered per board; the link made for habitants is named after its theme. */
  board: Pick<BoardView, "id" | "theme">;
  participant: Participant;
  settings: BoardSettings;
  /** A facilitator on a board this page may write: gets the controls. */
  canFacilitate: boolean;
  readOnly: boolean;
  /** What is left of the timer, in ms (null without one), counted by the page for the bar and the presentation. */
  remaining: number | null;
  clockOffset: number;
  /** The board's own buttons (add a card, present), in the bar before the tools. */
  actions: ReactNode;
}

/**
 * The live part of the board's bar: the phase and the timer for everyone, the board's buttons, the facilitator's
 * tools folded behind a button; under the bar, the tools once unfolded and what the current settings mean for
 * everyone (lock, hidden mode, vote…).
 */
export function FacilitationPanel({
  doc,
  board,
  participant,
  settings,
  canFacilitate,
  readOnly,
  remaining,
  clockOffset,
  actions,
}: FacilitationPanelProps) {
  const { ballots, results } = useVoteState(doc);
  const announcement = useFacilitationAnnouncements(doc);
  const follow = useFollowMe(doc, settings.follow.active, settings.follow.target);
  const [toolsOpen, setToolsOpen] = useRememberedOpen(`atelier:facilitation-tools:${board.id}`);
  const toolsId = useId();
  const { vote } = settings;
  const votesLeft = mayVote(participant) && !readOnly ? vote.budget - (ballots.get(participant.id)?.length ?? 0) : null;

  return (
    <section className="facilitation" aria-labelledby="facilitation-title">
      <h2 id="facilitation-title" className="visually-hidden">
        {t.facilitation.title}
      </h2>
      <div className="facilitation__bar">
        <PhaseStepper doc={doc} phase={settings.phase} canControl={canFacilitate} />
        <SharedTimer timer={settings.timer} remaining={remaining} />
        {actions}
        {canFacilitate && (
          <DisclosureButton
            open={toolsOpen}
            onToggle={setToolsOpen}
            controls={toolsId}
            className="facilitation__toggle"
          >
            {t.facilitation.toolsTitle}
          </DisclosureButton>
        )}
      </div>
      {canFacilitate && (
        <FacilitatorTools
          id={toolsId}
          open={toolsOpen}
          doc={doc}
          board={board}
          settings={settings}
          remaining={remaining}
          clockOffset={clockOffset}
          voters={results.voters}
          leading={follow.leading}
          onLead={follow.setLeading}
        />
      )}
      <div className="facilitation__notices">
        <BoardNotices
          settings={settings}
          facilitator={isFacilitator(participant)}
          follow={
            settings.follow.active && !follow.leading
              ? { following: follow.following, onFollowingChange: follow.setFollowing }
              : undefined
          }
        />
        {vote.status === "open" && <VoteStatus votesLeft={votesLeft} />}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

/**
 * "Follow me" as seen from this page: leading (this page turned it on) or following (unless the participant
 * opted out here). Another facilitator's page follows too, so that co-facilitators see what is being shown.
 */
function useFollowMe(doc: Y.Doc, active: boolean, target: string | null) {
  const [leadingHere, setLeading] = useState(false);
  const [following, setFollowing] = useState(true);
  // Stopped from elsewhere: when it starts again, whoever starts it leads.
  useEffect(() => {
    if (!active) setLeading(false);
  }, [active]);
  const leading = leadingHere && active;
  useFollowLeader(doc, leading);
  useFollowTarget(target, active && !leading && following);
  return { leading, setLeading, following, setFollowing };
}
