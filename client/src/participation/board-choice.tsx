import type { BoardView } from "@atelier/shared";
import { Link } from "wouter";
import { t } from "../i18n/text.ts";
import { participationBoardPath } from "../routes.ts";

export function BoardChoice({ spaceId, boards }: { spaceId: string; boards: BoardView[] }) {
  if (boards.length === 0) return <p className="notice notice--info">{t.participation.noBoards}</p>;
  return (
    <ul className="board-choice">
      {boards.map((board) => (
        <li key={board.id}>
          <Link className="board-choice__link" href={participationBoardPath(spaceId, board.id)}>
            <span className="board-choice__theme">{board.theme}</span>
            {board.description && <span className="board-choice__description">{board.description}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
