import { t } from "../../i18n/text.ts";
import type { BoardUndo } from "./use-board-undo.ts";

interface BoardToolsProps {
  undo: BoardUndo | null;
  allExpanded: boolean;
  onExpandAll: (expanded: boolean) => void;
}

/**
 * Fold or unfold every description; undo and redo one's own changes (absent when the board is read-only). Undo and
 * redo are marked unavailable rather than disabled, so that the focus stays on them after the last step.
 */
export function BoardTools({ undo, allExpanded, onExpandAll }: BoardToolsProps) {
  return (
    <div className="board-tools">
      <button
        type="button"
        className="button button--small"
        aria-pressed={allExpanded}
        onClick={() => onExpandAll(!allExpanded)}
      >
        {t.surface.expandAll}
      </button>
      {undo && (
        <>
          <button
            type="button"
            className="button button--small"
            aria-disabled={!undo.canUndo}
            aria-keyshortcuts="Control+Z"
            title={t.surface.undoHint}
            onClick={undo.undo}
          >
            <span aria-hidden="true">↶</span>
            {/* The arrow alone (its name for screen readers, its hint on hover): the toolbar keeps to one line. */}
            <span className="visually-hidden">{t.surface.undo}</span>
          </button>
          <button
            type="button"
            className="button button--small"
            aria-disabled={!undo.canRedo}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            title={t.surface.redoHint}
            onClick={undo.redo}
          >
            <span aria-hidden="true">↷</span>
            <span className="visually-hidden">{t.surface.redo}</span>
          </button>
        </>
      )}
    </div>
  );
}
