import { useCallback, useEffect, useRef, useState } from "react";
import { t } from "../../i18n/text.ts";
import type { BoardUndo } from "./use-board-undo.ts";
import "./undo-toast.css";

/** A destructive step just taken, offered for undoing: what was done, the button's full name, what undoing says. */
export interface UndoOffer {
  message: string;
  undoLabel: string;
  undone: string;
}

/**
 * "Carte supprimée · Annuler". The button takes back the last step of this participant's board undo: so the offer
 * lasts only while the step it names is still the last one (another step, or Ctrl+Z, withdraws it). It stays until
 * then or until closed, never on a timer, so that nobody has to be quick.
 */
export function useUndoToast(undo: BoardUndo, announce: (message: string) => void) {
  const [offer, setOffer] = useState<(UndoOffer & { depth: number }) | null>(null);
  // The step being offered is taken right before the offer: one more than the depth this page last rendered.
  const depth = useRef(undo.depth);
  depth.current = undo.depth;
  const offerUndo = useCallback((step: UndoOffer) => setOffer({ ...step, depth: depth.current + 1 }), []);

  useEffect(() => {
    if (offer && undo.depth !== offer.depth) setOffer(null);
  }, [offer, undo.depth]);

  const toast = (
    <div className="undo-toast" role="status">
      {offer && (
        <div className="undo-toast__box">
          <span>{offer.message}</span>
          <button
            type="button"
            className="button button--small"
            aria-label={offer.undoLabel}
            onClick={() => {
              undo.undo();
              announce(offer.undone);
              setOffer(null);
            }}
          >
            {t.boardDetails.undo.undo}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t.boardDetails.undo.dismiss}
            title={t.boardDetails.undo.dismiss}
            onClick={() => setOffer(null)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
  return { offerUndo, toast };
}
