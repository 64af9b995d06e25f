import type { BoardView, SpaceView } from "@atelier/shared";
import { type ReactNode, useRef } from "react";
import { Link } from "wouter";
import { t } from "../i18n/text.ts";
import { spacePath } from "../routes.ts";
import { useFocusOnArrival } from "../ui/use-focus-on-arrival.ts";

interface BoardHeaderProps {
  space: SpaceView;
  board: BoardView;
  /** The rest of the bar: phase, timer, buttons, connection and presence, once connected. */
  children?: ReactNode;
  /** Arriving on the live board, the theme takes the focus unless something else (the add-card title) is to. */
  focusOnArrival?: boolean;
}

/**
 * The board's one slim bar: the way back to the space and the theme, then whatever the live board adds. The cards
 * start right under it, on a laptop as on a projector.
 */
export function BoardHeader({ space, board, children, focusOnArrival = false }: BoardHeaderProps) {
  const title = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(title, focusOnArrival);
  return (
    <header className="board-header">
      <div className="board-header__titles">
        <nav aria-label={t.board.breadcrumb}>
          <Link className="board-header__space" href={spacePath(space.id)}>
            <span aria-hidden="true">← </span>
            <span className="visually-hidden">{t.board.backToSpace} </span>
            {space.name}
          </Link>
        </nav>
        <h1
          className="board-header__theme"
          ref={title}
          tabIndex={focusOnArrival ? -1 : undefined}
          // Cut short in the slim bar: the whole title on hovering it.
          title={board.description ? `${board.theme} · ${board.description}` : board.theme}
        >
          <span className="board-header__theme-name">{board.theme}</span>
          {board.description && <span className="board-header__description"> · {board.description}</span>}
        </h1>
      </div>
      {children}
    </header>
  );
}
