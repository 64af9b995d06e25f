import type { BoardPatch, BoardView } from "@atelier/shared";
import { useState } from "react";
import { Link } from "wouter";
import { failureMessage } from "../api/request.ts";
import { spacesApi } from "../api/spaces-api.ts";
import { useFocusReturn } from "../forms/use-focus-return.ts";
import { t } from "../i18n/text.ts";
import { boardPath } from "../routes.ts";
import { ThemeForm } from "./theme-form.tsx";

interface BoardTileProps {
  spaceId: string;
  board: BoardView;
  /** Present only for a facilitator of the space. */
  secret: string | null;
  onChange: (board: BoardView) => void;
}

export function BoardTile({ spaceId, board, secret, onChange }: BoardTileProps) {
  const [renaming, setRenaming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const renameButton = useFocusReturn<HTMLButtonElement>(renaming);

  async function update(patch: BoardPatch) {
    if (!secret) return;
    onChange(await spacesApi.updateBoard(spaceId, board.id, secret, patch));
  }

  async function toggleArchived() {
    setFailure(null);
    try {
      await update({ archived: !board.archived });
    } catch (error) {
      setFailure(failureMessage(error));
    }
  }

  return (
    <li className={board.archived ? "board-tile board-tile--archived" : "board-tile"}>
      {renaming ? (
        <ThemeForm
          title={t.space.renameLabel(board.theme)}
          submitLabel={t.form.save}
          initial={{ theme: board.theme, description: board.description }}
          onSubmit={async (theme) => {
            await update(theme);
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      ) : (
        <Link className="board-tile__link" href={boardPath(spaceId, board.id)}>
          <span className="board-tile__theme">{board.theme}</span>
          {board.description && <span className="board-tile__description">{board.description}</span>}
          {board.archived && <span className="badge badge--muted">{t.space.archivedBadge}</span>}
        </Link>
      )}
      {secret && !renaming && (
        <div className="board-tile__tools">
          <button
            ref={renameButton}
            type="button"
            className="button button--small"
            aria-label={t.space.renameLabel(board.theme)}
            onClick={() => setRenaming(true)}
          >
            {t.space.rename}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={board.archived ? t.space.unarchiveLabel(board.theme) : t.space.archiveLabel(board.theme)}
            onClick={toggleArchived}
          >
            {board.archived ? t.space.unarchive : t.space.archive}
          </button>
        </div>
      )}
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}
