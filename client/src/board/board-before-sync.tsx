import type { BoardFirstScreen, BoardView, Role, SpaceView } from "@atelier/shared";
import type { ReactNode } from "react";
import { t } from "../i18n/text.ts";
import { OptionalPart } from "../ui/optional-part.tsx";
import { useNarrowScreen } from "../ui/use-narrow-screen.ts";
import { BoardHeader } from "./board-header.tsx";
import { boardReadOnly } from "./board-read-only.ts";
import { BoardNotices } from "./facilitation/board-notices.tsx";
import { FirstScreen } from "./surface/first-screen.tsx";
import { addCardOpensByItself } from "./use-add-card-disclosure.ts";
import "./board-layout.css";

interface BoardBeforeSyncProps {
  space: SpaceView;
  board: BoardView;
  /** The board's first cards as the server kept them, if it did. */
  firstScreen: BoardFirstScreen | null;
  /** Who is looking: those who write cards get the add-card form in the Contribuer phase, unless the board is locked. */
  role: Role;
  /** The connection's state and who is here, once connecting. */
  live?: ReactNode;
  /** Between the bar and the cards: the offline banner. */
  children?: ReactNode;
}

/**
 * The board while its document is on its way: its bar, then its first screen. Drawn first while the live board's
 * code loads, then by the live board until the document has synced, so that nothing moves between the two.
 */
export function BoardBeforeSync({ space, board, firstScreen, role, live, children }: BoardBeforeSyncProps) {
  const narrow = useNarrowScreen();
  const facilitator = role === "facilitator";
  const writes =
    firstScreen !== null &&
    !boardReadOnly(board.archived || !(facilitator || role === "partner"), firstScreen.locked, facilitator);
  const addCardComing = writes && firstScreen !== null && addCardOpensByItself(firstScreen.phase, narrow);
  const waiting = (
    <p className="board__syncing" role="status">
      {t.board.syncing}
    </p>
  );
  return (
    <>
      <BoardHeader space={space} board={board}>
        {firstScreen && (
          <div className="facilitation__notices">
            <BoardNotices settings={firstScreen} facilitator={facilitator} />
          </div>
        )}
        {live}
      </BoardHeader>
      {children}
      {firstScreen ? (
        // Kept by an older server, it may not be drawable: the page then simply waits for the document.
        <OptionalPart fallback={waiting}>
          {addCardComing && <div className="add-card add-card--coming" aria-hidden="true" />}
          <FirstScreen screen={firstScreen} writes={writes} />
        </OptionalPart>
      ) : (
        waiting
      )}
    </>
  );
}
