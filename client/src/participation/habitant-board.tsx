import { type BoardView, CARD_KINDS, type Contribution, cardsVisibleTo } from "@atelier/shared";
import { useMemo } from "react";
import type * as Y from "yjs";
import type { SpaceAccess } from "../access/participant-access.ts";
import { useWithdrawnAccess } from "../access/use-withdrawn-access.ts";
import { type Participant, participantColor } from "../board/participant.ts";
import { useBoardConnection } from "../board/use-board-connection.ts";
import { useCards } from "../board/use-cards.ts";
import { useVoteState } from "../board/voting/use-vote-state.ts";
import { t } from "../i18n/text.ts";
import { OfflineBanner } from "../sync/offline-banner.tsx";
import { BoardStatus } from "./board-status.tsx";
import type { VoteView } from "./contribution-card.tsx";
import { ContributionForm } from "./contribution-form.tsx";
import { ContributionList } from "./contribution-list.tsx";
import { habitantActions } from "./habitant-actions.ts";
import { LostAccess } from "./lost-access.tsx";
import { useOwnPendingContributions } from "./use-pending-contributions.ts";
import { VoteOutcome } from "./vote-outcome.tsx";

interface HabitantBoardProps {
  spaceId: string;
  board: BoardView;
  access: SpaceAccess;
}

/** The live board, read-only over the sync connection: every write goes through the HTTP endpoints. */
export function HabitantBoard({ spaceId, board, access }: HabitantBoardProps) {
  const { view, token } = access;
  const participant = useMemo<Participant>(
    () => ({
      id: view.participantId,
      name: view.displayName ?? t.join.roleTitles.habitant,
      color: participantColor(),
      role: view.role,
    }),
    [view],
  );
  const connection = useBoardConnection(board.documentName, token, participant);
  const withdrawn = useWithdrawnAccess(connection?.provider, spaceId, token);

  const refusal = withdrawn ?? connection?.refusal;
  if (refusal) return <LostAccess reason={refusal} />;
  if (!connection?.synced) {
    return (
      <p className="board__syncing" role="status">
        {t.board.syncing}
      </p>
    );
  }
  return (
    <>
      <OfflineBanner connection={connection} habitant />
      <SyncedHabitantBoard spaceId={spaceId} board={board} access={access} doc={connection.doc} />
    </>
  );
}

function SyncedHabitantBoard({ spaceId, board, access, doc }: HabitantBoardProps & { doc: Y.Doc }) {
  const { view, token } = access;
  const me = view.participantId;
  const cards = useCards(doc);
  const { settings, ballots, results } = useVoteState(doc);
  const actions = useMemo(() => habitantActions(spaceId, board.id, token), [spaceId, board.id, token]);
  const own = useOwnPendingContributions(spaceId, board.id, token);
  // An accepted contribution's card keeps its id: once the board shows it, it waits no more, whatever the last poll.
  const shown = new Set(cards.map((card) => card.id));
  const waiting = own.pending.filter((item) => !shown.has(item.id));
  const open = !board.archived && !settings.locked;

  const visible = cardsVisibleTo(cards, settings, { role: view.role, participantId: me });
  const mine = visible.filter((card) => card.authorId === me);
  const others = visible.filter((card) => card.authorId !== me);
  const vote = useMemo<VoteView | null>(() => {
    if (settings.vote.status !== "open" || board.archived) return null;
    const ballot = ballots.get(me) ?? [];
    const counts = new Map<string, number>();
    for (const cardId of ballot) counts.set(cardId, (counts.get(cardId) ?? 0) + 1);
    return { votesLeft: settings.vote.budget - ballot.length, mine: counts };
  }, [settings.vote, board.archived, ballots, me]);

  const lists = (
    <>
      <ContributionList
        title={t.participation.mineTitle}
        doc={doc}
        cards={mine}
        mine
        pending={waiting}
        pendingFailure={own.failure}
        canWithdraw={open}
        vote={vote}
        actions={actions}
      />
      <ContributionList
        title={t.participation.othersTitle}
        doc={doc}
        cards={others}
        mine={false}
        canWithdraw={false}
        vote={vote}
        actions={actions}
      />
    </>
  );
  async function contribute(contribution: Contribution) {
    const sent = await actions.contribute(contribution);
    if (sent.status === "pending") own.reload();
    return sent;
  }
  const form = open && (
    <ContributionForm kinds={view.kinds ?? CARD_KINDS} moderated={view.moderated} contribute={contribute} />
  );

  return (
    <>
      <BoardStatus settings={settings} archived={board.archived} votesLeft={vote?.votesLeft ?? null} />
      <VoteOutcome cards={visible} results={results} closed={settings.vote.status === "closed"} />
      {/* While a vote is open the cards are the task: they come first. The form keeps its slot, and what it holds. */}
      {vote && lists}
      {form}
      {!vote && lists}
    </>
  );
}
