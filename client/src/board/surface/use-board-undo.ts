import { boardCardMaps, boardClusterMaps } from "@atelier/shared";
import { useEffect, useState } from "react";
import * as Y from "yjs";

export interface BoardUndo {
  canUndo: boolean;
  canRedo: boolean;
  /** Steps that can be undone: an offer to undo one step holds only while it is still the last. */
  depth: number;
  undo: () => void;
  redo: () => void;
}

const NO_STEPS = { canUndo: false, canRedo: false, depth: 0 };

/** Inside a text field or a card body, Ctrl+Z belongs to the text being typed, not to the board. */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest("input, textarea, select, [contenteditable='true']") !== null;
}

/**
 * Undo and redo of this participant's own changes to cards and clusters. The shared functions write with the null
 * origin, which an UndoManager tracks; updates from others arrive with the provider as origin and are left alone.
 * Each change is its own step (no capture window), so one Ctrl+Z takes back exactly one move.
 */
export function useBoardUndo(doc: Y.Doc, enabled: boolean): BoardUndo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState(NO_STEPS);

  useEffect(() => {
    const created = new Y.UndoManager([boardCardMaps(doc), boardClusterMaps(doc)], { captureTimeout: 0 });
    const update = () =>
      setStacks({ canUndo: created.canUndo(), canRedo: created.canRedo(), depth: created.undoStack.length });
    created.on("stack-item-added", update);
    created.on("stack-item-popped", update);
    created.on("stack-cleared", update);
    setManager(created);
    return () => {
      created.destroy();
      setManager(null);
      setStacks(NO_STEPS);
    };
  }, [doc]);

  useEffect(() => {
    if (!manager || !enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typingIn(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = key === "y" || (key === "z" && event.shiftKey);
      if (key !== "z" && !redo) return;
      event.preventDefault();
      if (redo) manager.redo();
      else manager.undo();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [manager, enabled]);

  return {
    ...stacks,
    undo: () => manager?.undo(),
    redo: () => manager?.redo(),
  };
}
