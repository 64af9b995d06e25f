import { type BoardView, CARD_KINDS, type Contribution } from "@atelier/shared";
import { useMemo, useState } from "react";
import type { SpaceAccess } from "../access/participant-access.ts";
import { t } from "../i18n/text.ts";
import { loadedApart } from "../ui/loaded-apart.tsx";
import { PageErrorBoundary } from "../ui/page-error-boundary.tsx";
import { ContributionForm } from "./contribution-form.tsx";
import { habitantActions } from "./habitant-actions.ts";
import type { LiveHabitantState } from "./live-habitant-board.tsx";
import { useOwnPendingContributions } from "./use-pending-contributions.ts";

// The sync library and the document come after the form: a phone on a slow network can write its idea meanwhile.
const liveBoard = () => import("./live-habitant-board.tsx");
const LiveHabitantBoard = loadedApart(() => liveBoard().then((module) => module.LiveHabitantBoard));
const HabitantLists = loadedApart(() => liveBoard().then((module) => module.HabitantLists));

interface HabitantBoardProps {
  spaceId: string;
  board: BoardView;
  access: SpaceAccess;
}

/**
 * A habitant's board: the form at once, since an idea goes over HTTP, then the live board around it. Until the
 * document is synced the board is taken as open unless archived; on a locked one the server refuses the idea, and
 * the form says so, until the lock arrives and disables it, keeping what was typed.
 */
export function HabitantBoard({ spaceId, board, access }: HabitantBoardProps) {
  const { view, token } = access;
  const [live, setLive] = useState<LiveHabitantState | null>(null);
  const actions = useMemo(() => habitantActions(spaceId, board.id, token), [spaceId, board.id, token]);
  const own = useOwnPendingContributions(spaceId, board.id, token);
  const synced = live?.status === "synced" ? live : null;
  const closed = closedReason(board, live);

  async function contribute(contribution: Contribution) {
    const sent = await actions.contribute(contribution);
    if (sent.status === "pending") own.reload();
    return sent;
  }
  const lists = synced && (
    <HabitantLists
      live={synced}
      me={view.participantId}
      pending={own.pending}
      pendingFailure={own.failure}
      canWithdraw={!closed}
      actions={actions}
    />
  );

  return (
    <>
      {/* A chunk that fails to download says so here, and leaves the form and what it holds. The lists need no such
          guard: they come from the same chunk, once this part has loaded and synced. */}
      <PageErrorBoundary scope="part">
        <LiveHabitantBoard
          spaceId={spaceId}
          board={board}
          access={access}
          onChange={setLive}
          fallback={
            <p className="board__syncing" role="status">
              {t.board.syncing}
            </p>
          }
        />
      </PageErrorBoundary>
      {/* While a vote is open the cards are the task: they come first. The form keeps its slot, and what it holds. */}
      {synced?.vote && lists}
      <ContributionForm
        kinds={view.kinds ?? CARD_KINDS}
        moderated={view.moderated}
        contribute={contribute}
        closed={closed}
      />
      {!synced?.vote && lists}
    </>
  );
}

/** Why the board takes no idea right now, as the form says it; null while it does, or may. */
function closedReason(board: BoardView, live: LiveHabitantState | null): string | null {
  if (board.archived) return t.participation.archived;
  if (live?.status === "refused") return t.participation.lostAccessTitle;
  if (live?.status === "synced" && live.locked) return t.participation.locked;
  return null;
}
