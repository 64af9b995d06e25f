import type { BoardFirstScreen, BoardView, SpaceView } from "@atelier/shared";
import type { ReactNode } from "react";
import { t } from "../i18n/text.ts";
import { OptionalPart } from "../ui/optional-part.tsx";
import { BoardHeader } from "./board-header.tsx";
import { FirstScreen } from "./surface/first-screen.tsx";

interface BoardBeforeSyncProps {
  space: SpaceView;
  board: BoardView;
  /** The board's first cards as the server kept them, if it did. */
  firstScreen: BoardFirstScreen | null;
  /** The connection's state and who is here, once connecting. */
  live?: ReactNode;
  /** Between the bar and the cards: the offline banner. */
  children?: ReactNode;
}

/**
 * The board while its document is on its way: its bar, then its first screen. Drawn first while the live board's
 * code loads, then by the live board until the document has synced, so that nothing moves between the two.
 */
export function BoardBeforeSync({ space, board, firstScreen, live, children }: BoardBeforeSyncProps) {
  return (
    <>
      <BoardHeader space={space} board={board}>
        {live}
      </BoardHeader>
      {children}
      <p className="board__syncing" role="status">
        {t.board.syncing}
      </p>
      {firstScreen && (
        // Kept by an older server, it may not be drawable: the page then simply waits for the document.
        <OptionalPart>
          <FirstScreen screen={firstScreen} />
        </OptionalPart>
      )}
    </>
  );
}
