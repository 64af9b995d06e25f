import type { BoardSettings, BoardView } from "@atelier/shared";
import type { ReactNode } from "react";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { ParticipationLinkForm } from "../presentation/participation-link-form.tsx";
import { VoteAdmin } from "../voting/vote-admin.tsx";
import { FacilitatorSwitches } from "./facilitator-switches.tsx";
import { TimerControls } from "./timer-controls.tsx";

interface FacilitatorToolsProps {
  /** The panel's id, for the button that shows it. */
  id: string;
  open: boolean;
  doc: Y.Doc;
  board: Pick<BoardView, "id" | "theme">;
  settings: BoardSettings;
  /** What is left of the timer, in ms; null without a timer. */
  remaining: number | null;
  clockOffset: number;
  voters: number;
  leading: boolean;
  onLead: (leading: boolean) => void;
}

/**
 * What only facilitators use: the timer, the board-wide switches, the vote, the link to project. Folded unless asked for, so that the
 * cards start near the top of the screen; hidden rather than removed, so that what was typed in it stays.
 */
export function FacilitatorTools({
  id,
  open,
  doc,
  board,
  settings,
  remaining,
  clockOffset,
  voters,
  leading,
  onLead,
}: FacilitatorToolsProps) {
  return (
    <div id={id} className="facilitation__tools" hidden={!open}>
      <ToolGroup label={t.facilitation.timerTitle}>
        <TimerControls doc={doc} timer={settings.timer} ended={remaining === 0} clockOffset={clockOffset} />
      </ToolGroup>
      <ToolGroup label={t.facilitation.switchesTitle}>
        <FacilitatorSwitches doc={doc} settings={settings} leading={leading} onLead={onLead} />
      </ToolGroup>
      <ToolGroup label={t.voting.adminTitle}>
        <VoteAdmin doc={doc} vote={settings.vote} voters={voters} />
      </ToolGroup>
      <ToolGroup label={t.boardLayout.projectionTitle}>
        <ParticipationLinkForm board={board} />
      </ToolGroup>
    </div>
  );
}

/** A heading per group, so that screen-reader users can jump between the timer, the board and the vote. */
function ToolGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facilitation__group">
      <h3 className="facilitation__label">{label}</h3>
      {children}
    </div>
  );
}
