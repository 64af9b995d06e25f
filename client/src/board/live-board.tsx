import type { BoardView, SpaceView } from "@atelier/shared";
import { useWithdrawnAccess } from "../access/use-withdrawn-access.ts";
import { t } from "../i18n/text.ts";
import { ModerationQueue } from "../participation/moderation-queue.tsx";
import { usePhaseStepTick } from "../spaces/first-run/use-phase-step-tick.ts";
import { ConnectionStatus } from "../sync/connection-status.tsx";
import { OfflineBanner } from "../sync/offline-banner.tsx";
import { AddCardForm } from "./add-card-form.tsx";
import { BoardHeader } from "./board-header.tsx";
import { BoardReadOnlyContext, isFacilitator } from "./facilitation/board-access.ts";
import { FacilitationPanel } from "./facilitation/facilitation-panel.tsx";
import { useBoardSettings } from "./facilitation/use-board-settings.ts";
import type { Participant } from "./participant.ts";
import { PresenceList } from "./presence-list.tsx";
import { BoardSurface } from "./surface/board-surface.tsx";
import { useBoardConnection } from "./use-board-connection.ts";
import { useCardAnnouncements } from "./use-card-announcements.ts";
import { useCards } from "./use-cards.ts";
import { usePresence } from "./use-presence.ts";
import { VoteResults } from "./voting/vote-results.tsx";

interface LiveBoardProps {
  space: SpaceView;
  board: BoardView;
  token: string;
  participant: Participant;
  /** After the name form, whose field held the focus: carry on where the work starts. */
  focusAddCard: boolean;
}

export function LiveBoard({ space, board, token, participant, focusAddCard }: LiveBoardProps) {
  const connection = useBoardConnection(board.documentName, token, participant);
  const withdrawn = useWithdrawnAccess(connection?.provider, space.id, token);
  const refusal = withdrawn ?? connection?.refusal;
  const people = usePresence(connection?.provider);
  const announcement = useCardAnnouncements(connection?.doc, connection?.provider, participant);

  return (
    <div className="page page--wide board">
      <BoardHeader space={space} board={board} focusOnArrival={!focusAddCard}>
        {connection && !refusal && (
          <>
            <ConnectionStatus status={connection.status} />
            <PresenceList people={people} />
          </>
        )}
      </BoardHeader>
      {!refusal && <OfflineBanner connection={connection} />}

      {refusal ? (
        <div className="alert alert--error" role="alert">
          <h2>{t.board.accessDeniedTitle}</h2>
          <p>{t.board.accessDenied(refusal)}</p>
        </div>
      ) : connection?.synced ? (
        <SyncedBoard
          space={space}
          board={board}
          token={token}
          connection={connection}
          participant={participant}
          focusAddCard={focusAddCard}
        />
      ) : (
        <p className="board__syncing" role="status">
          {t.board.syncing}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

interface SyncedBoardProps {
  space: SpaceView;
  board: BoardView;
  token: string;
  connection: NonNullable<ReturnType<typeof useBoardConnection>>;
  participant: Participant;
  focusAddCard: boolean;
}

/** The board once its content has arrived: only then are its settings (phase, lock…) known. */
function SyncedBoard({ space, board, token, connection, participant, focusAddCard }: SyncedBoardProps) {
  const cards = useCards(connection.doc);
  const settings = useBoardSettings(connection.doc);
  const writeProtected = board.archived || connection.readOnly;
  const readOnly = writeProtected || (settings.locked && !isFacilitator(participant));
  const canFacilitate = isFacilitator(participant) && !writeProtected;
  usePhaseStepTick(space.id, settings.phase, canFacilitate);

  return (
    <BoardReadOnlyContext value={readOnly}>
      <FacilitationPanel
        doc={connection.doc}
        boardId={board.id}
        participant={participant}
        settings={settings}
        canFacilitate={canFacilitate}
        readOnly={readOnly}
      />
      {canFacilitate && <ModerationQueue spaceId={space.id} boardId={board.id} token={token} />}
      {writeProtected && <p className="notice notice--info">{t.board.readOnly}</p>}
      {!readOnly && <AddCardForm doc={connection.doc} participant={participant} autoFocus={focusAddCard} />}
      <VoteResults doc={connection.doc} participant={participant} canDecide={canFacilitate} />
      <BoardSurface
        cards={cards}
        doc={connection.doc}
        provider={connection.provider}
        participant={participant}
        readOnly={readOnly}
        spaceId={space.id}
        boardId={board.id}
        token={token}
      />
    </BoardReadOnlyContext>
  );
}
