import type { BoardView, SpaceView } from "@atelier/shared";
import { fr } from "../i18n/fr.ts";
import { AddCardForm } from "./add-card-form.tsx";
import { BoardHeader } from "./board-header.tsx";
import { CardColumns } from "./card-columns.tsx";
import { ConnectionStatus } from "./connection-status.tsx";
import type { Participant } from "./participant.ts";
import { PresenceList } from "./presence-list.tsx";
import { useBoardConnection } from "./use-board-connection.ts";
import { useCardAnnouncements } from "./use-card-announcements.ts";
import { useCards } from "./use-cards.ts";
import { usePresence } from "./use-presence.ts";

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
  const cards = useCards(connection?.doc);
  const people = usePresence(connection?.provider);
  const announcement = useCardAnnouncements(connection?.doc, connection?.provider);
  const readOnly = board.archived || !!connection?.readOnly;

  return (
    <div className="page page--wide board">
      <BoardHeader space={space} board={board}>
        {connection && !connection.refusal && (
          <>
            <ConnectionStatus status={connection.status} />
            <PresenceList people={people} />
          </>
        )}
      </BoardHeader>

      {connection?.refusal ? (
        <div className="alert alert--error" role="alert">
          <h2>{fr.board.accessDeniedTitle}</h2>
          <p>{fr.board.accessDenied(connection.refusal)}</p>
        </div>
      ) : (
        <>
          {readOnly && <p className="notice notice--info">{fr.board.readOnly}</p>}
          {connection && !readOnly && (
            <AddCardForm doc={connection.doc} participant={participant} autoFocus={focusAddCard} />
          )}
          {connection?.synced ? (
            <CardColumns
              cards={cards}
              doc={connection.doc}
              provider={connection.provider}
              participant={participant}
              readOnly={readOnly}
            />
          ) : (
            <p className="board__syncing" role="status">
              {fr.board.syncing}
            </p>
          )}
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
