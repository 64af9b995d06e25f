import type { BoardLayoutView } from "@atelier/shared";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { createContext, useContext } from "react";
import type * as Y from "yjs";
import type { Participant } from "../participant.ts";
import type { UndoOffer } from "./undo-toast.tsx";

/** What every card and lane of the board surface works with, given once by BoardSurface. */
export interface Surface {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  participant: Participant;
  readOnly: boolean;
  /** The space and this page's token: the citation picker reads the space's figures with them. */
  spaceId: string;
  boardId: string;
  token: string;
  /** Says something to screen-reader users, politely. */
  announce: (message: string) => void;
  /** Offers to take back a destructive step just taken (a deleted card). */
  offerUndo: (offer: UndoOffer) => void;
}

export const SurfaceContext = createContext<Surface | null>(null);

/**
 * The board as this page shows it (hidden mode and filters applied): the destinations of the move menu. Apart from
 * the surface, which every card reads: a card edited elsewhere changes the layout, and would redraw them all.
 */
export const SurfaceLayoutContext = createContext<BoardLayoutView>({ clusters: [], loose: [] });

export function useSurface(): Surface {
  const surface = useContext(SurfaceContext);
  if (!surface) throw new Error("useSurface is for components inside BoardSurface.");
  return surface;
}
