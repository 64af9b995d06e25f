import { type BoardFirstScreen, type BoardView, boardDocumentName, type SpaceView } from "@atelier/shared";
import { type ReactNode, useCallback, useState } from "react";
import { useWithdrawnAccess } from "../access/use-withdrawn-access.ts";
import { useFocusReturn } from "../forms/use-focus-return.ts";
import { t } from "../i18n/text.ts";
import { ModerationQueue } from "../participation/moderation-queue.tsx";
import { usePhaseStepTick } from "../spaces/first-run/use-phase-step-tick.ts";
import { ConnectionStatus } from "../sync/connection-status.tsx";
import { OfflineBanner } from "../sync/offline-banner.tsx";
import type { DocumentConnection } from "../sync/use-document-connection.ts";
import { AddCardButton, AddCardForm } from "./add-card-form.tsx";
import { BoardBeforeSync } from "./board-before-sync.tsx";
import { BoardHeader } from "./board-header.tsx";
import { boardReadOnly } from "./board-read-only.ts";
import { BoardReadOnlyContext, isFacilitator } from "./facilitation/board-access.ts";
import { FacilitationPanel } from "./facilitation/facilitation-panel.tsx";
import { useBoardSettings } from "./facilitation/use-board-settings.ts";
import { useClockOffset } from "./facilitation/use-clock-offset.ts";
import { useCountdown } from "./facilitation/use-countdown.ts";
import type { Participant } from "./participant.ts";
import { PresenceList } from "./presence-list.tsx";
import { PresentationBar } from "./presentation/presentation-bar.tsx";
import { BoardSurface } from "./surface/board-surface.tsx";
import { useAddCardDisclosure } from "./use-add-card-disclosure.ts";
import { useBoardConnection } from "./use-board-connection.ts";
import { useCardAnnouncements } from "./use-card-announcements.ts";
import { useCards } from "./use-cards.ts";
import { useFirstScreenUntilSynced } from "./use-first-screen.ts";
import { usePresence } from "./use-presence.ts";
import { VoteResults } from "./voting/vote-results.tsx";

interface LiveBoardProps {
  space: SpaceView;
  board: BoardView;
  /** What to show of the board until its document is synced. */
  firstScreen: BoardFirstScreen | null;
  token: string;
  participant: Participant;
  /** After the name form, whose field held the focus: carry on where the work starts. */
  focusAddCard: boolean;
}

/**
 * The board as it is now, with everyone on it: loaded apart from the page (board-page.tsx), which draws the first
 * screen meanwhile. Its document is asked for on arrival.
 */
export function LiveBoard({ space, board, firstScreen, token, participant, focusAddCard }: LiveBoardProps) {
  const connection = useBoardConnection(boardDocumentName(space.id, board.id), token, participant);
  const shownFirstScreen = useFirstScreenUntilSynced(firstScreen, connection?.synced === true);
  const withdrawn = useWithdrawnAccess(connection?.provider, space.id, token);
  const refusal = withdrawn ?? connection?.refusal;
  const people = usePresence(connection?.provider);
  const announcement = useCardAnnouncements(connection?.doc, connection?.provider, participant);
  const live = connection && !refusal && (
    <div className="board-header__live">
      <ConnectionStatus status={connection.status} />
      <PresenceList people={people} />
    </div>
  );
  const offline = !refusal && <OfflineBanner connection={connection} />;

  return (
    <div className="page page--wide board">
      {connection?.synced && !refusal ? (
        <SyncedBoard
          space={space}
          board={board}
          token={token}
          connection={connection}
          participant={participant}
          focusAddCard={focusAddCard}
          live={live}
          offline={offline}
        />
      ) : refusal ? (
        <>
          <BoardHeader space={space} board={board} />
          <div className="alert alert--error" role="alert">
            <h2>{t.board.accessDeniedTitle}</h2>
            <p>{t.board.accessDenied(refusal)}</p>
          </div>
        </>
      ) : (
        <BoardBeforeSync space={space} board={board} firstScreen={shownFirstScreen} role={participant.role} live={live}>
          {offline}
        </BoardBeforeSync>
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
  connection: DocumentConnection;
  participant: Participant;
  focusAddCard: boolean;
  /** The connection's state and who is here, at the end of the bar. */
  live: ReactNode;
  offline: ReactNode;
}

/**
 * The board once its content has arrived: only then are its settings (phase, lock…) known. Presenting it keeps
 * everything mounted (a half-typed card, "follow me") and shows the lanes alone, read-only.
 */
function SyncedBoard({ space, board, token, connection, participant, focusAddCard, live, offline }: SyncedBoardProps) {
  const cards = useCards(connection.doc);
  const settings = useBoardSettings(connection.doc);
  const clockOffset = useClockOffset();
  const remaining = useCountdown(settings.timer, clockOffset);
  const writeProtected = board.archived || connection.readOnly;
  const readOnly = boardReadOnly(writeProtected, settings.locked, isFacilitator(participant));
  const canFacilitate = isFacilitator(participant) && !writeProtected;
  usePhaseStepTick(space.id, settings.phase, canFacilitate);
  const [presenting, setPresenting] = useState(false);
  const present = useFocusReturn<HTMLButtonElement>(presenting);
  const leave = useCallback(() => setPresenting(false), []);
  // Having just given one's name, one starts writing a card, if cards are being written now.
  const [startsWriting] = useState(focusAddCard && settings.phase === "contribute");
  const addCard = useAddCardDisclosure(settings.phase, !readOnly && !presenting, startsWriting);

  return (
    <BoardReadOnlyContext value={readOnly || presenting}>
      <div className="board__content" data-presenting={presenting || undefined}>
        <BoardHeader space={space} board={board} focusOnArrival={!startsWriting}>
          <FacilitationPanel
            doc={connection.doc}
            board={board}
            participant={participant}
            settings={settings}
            canFacilitate={canFacilitate}
            readOnly={readOnly}
            remaining={remaining}
            clockOffset={clockOffset}
            actions={
              <>
                {!readOnly && <AddCardButton disclosure={addCard} />}
                <button
                  ref={present}
                  type="button"
                  className="button button--small"
                  title={t.boardLayout.presentHint}
                  onClick={() => setPresenting(true)}
                >
                  {t.boardLayout.present}
                </button>
              </>
            }
          />
          {live}
        </BoardHeader>
        {presenting && <PresentationBar board={board} settings={settings} remaining={remaining} onLeave={leave} />}
        {offline}
        {canFacilitate && <ModerationQueue spaceId={space.id} boardId={board.id} token={token} />}
        {writeProtected && <p className="notice notice--info">{t.board.readOnly}</p>}
        {!readOnly && <AddCardForm doc={connection.doc} participant={participant} disclosure={addCard} />}
        <VoteResults doc={connection.doc} participant={participant} canDecide={canFacilitate} />
        <BoardSurface
          cards={cards}
          doc={connection.doc}
          provider={connection.provider}
          participant={participant}
          readOnly={readOnly || presenting}
          spaceId={space.id}
          boardId={board.id}
          token={token}
        />
      </div>
    </BoardReadOnlyContext>
  );
}
