import { type BoardView, type Card, cardsVisibleTo, type PendingContributionView } from "@atelier/shared";
import { useEffect, useMemo } from "react";
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
import { ContributionList } from "./contribution-list.tsx";
import type { HabitantActions } from "./habitant-actions.ts";
import { LostAccess } from "./lost-access.tsx";
import { VoteOutcome } from "./vote-outcome.tsx";

/** What the habitant's page, around the form, needs of the live board once it is synced, or that it is refused. */
export type LiveHabitantState =
  | { status: "refused" }
  | { status: "synced"; doc: Y.Doc; cards: Card[]; visible: Card[]; vote: VoteView | null; locked: boolean };

interface LiveHabitantBoardProps {
  spaceId: string;
  board: BoardView;
  access: SpaceAccess;
  /** Told of every change: the page places the form and the lists by the phase, the lock and the vote. */
  onChange: (live: LiveHabitantState) => void;
}

/**
 * The live board, read-only over the sync connection (every write goes through the HTTP endpoints): its status,
 * and the vote's outcome. Loaded apart, so that the form does not wait for the sync library nor the document.
 */
export function LiveHabitantBoard({ spaceId, board, access, onChange }: LiveHabitantBoardProps) {
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
  useEffect(() => {
    if (refusal) onChange({ status: "refused" });
  }, [refusal, onChange]);

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
      <SyncedStatus board={board} access={access} doc={connection.doc} onChange={onChange} />
    </>
  );
}

function SyncedStatus({ board, access, doc, onChange }: Omit<LiveHabitantBoardProps, "spaceId"> & { doc: Y.Doc }) {
  const { role, participantId: me } = access.view;
  const cards = useCards(doc);
  const { settings, ballots, results } = useVoteState(doc);
  const visible = useMemo(
    () => cardsVisibleTo(cards, settings, { role, participantId: me }),
    [cards, settings, role, me],
  );
  const vote = useMemo<VoteView | null>(() => {
    if (settings.vote.status !== "open" || board.archived) return null;
    const ballot = ballots.get(me) ?? [];
    const counts = new Map<string, number>();
    for (const cardId of ballot) counts.set(cardId, (counts.get(cardId) ?? 0) + 1);
    return { votesLeft: settings.vote.budget - ballot.length, mine: counts };
  }, [settings.vote, board.archived, ballots, me]);
  useEffect(() => {
    onChange({ status: "synced", doc, cards, visible, vote, locked: settings.locked });
  }, [onChange, doc, cards, visible, vote, settings.locked]);

  return (
    <>
      <BoardStatus settings={settings} archived={board.archived} votesLeft={vote?.votesLeft ?? null} />
      <VoteOutcome cards={visible} results={results} closed={settings.vote.status === "closed"} />
    </>
  );
}

interface HabitantListsProps {
  live: Extract<LiveHabitantState, { status: "synced" }>;
  me: string;
  /** The habitant's own contributions still awaiting moderation, as last asked. */
  pending: PendingContributionView[];
  pendingFailure: string | null;
  canWithdraw: boolean;
  actions: HabitantActions;
}

/** The habitant's contributions, waiting ones first, then the others'. */
export function HabitantLists({ live, me, pending, pendingFailure, canWithdraw, actions }: HabitantListsProps) {
  const { doc, cards, visible, vote } = live;
  // An accepted contribution's card keeps its id: once the board shows it, it waits no more, whatever the last poll.
  const shown = new Set(cards.map((card) => card.id));
  const waiting = pending.filter((item) => !shown.has(item.id));
  return (
    <>
      <ContributionList
        title={t.participation.mineTitle}
        doc={doc}
        cards={visible.filter((card) => card.authorId === me)}
        mine
        pending={waiting}
        pendingFailure={pendingFailure}
        canWithdraw={canWithdraw}
        vote={vote}
        actions={actions}
      />
      <ContributionList
        title={t.participation.othersTitle}
        doc={doc}
        cards={visible.filter((card) => card.authorId !== me)}
        mine={false}
        canWithdraw={false}
        vote={vote}
        actions={actions}
      />
    </>
  );
}
