import {
  type BoardFirstScreen,
  boardDocumentName,
  boardFirstScreen,
  firstScreenFor,
  keptFirstScreen,
  opensBoard,
} from "@atelier/shared";
import * as Y from "yjs";
import { logOf } from "../observability/log.ts";
import { type Outcome, refused } from "../outcome.ts";
import { applyStored } from "../store/document-store.ts";
import type { Store } from "../store/store.ts";
import type { Access } from "./access-service.ts";
import type { SpaceService } from "./space-service.ts";

const firstScreenLog = logOf("first-screen");

/** The document of that name if this server holds it in memory (someone has it open, or it is being saved). */
export type LiveDocument = (documentName: string) => Y.Doc | undefined;

/**
 * A board's first screen, for those the board's document would be sent to: drawn from the document itself while the
 * server holds it, whose latest changes (hidden mode switched on a second ago) are not saved yet; else as kept when it
 * was last saved (board-first-screens.ts); else, for a board saved without one (imported from an archive, or kept by
 * another version), drawn once from the saved board and kept.
 */
export class FirstScreenService {
  private readonly spaces: SpaceService;
  private readonly store: Store;
  private readonly liveDocument: LiveDocument;

  constructor(spaces: SpaceService, store: Store, liveDocument: LiveDocument) {
    this.spaces = spaces;
    this.store = store;
    this.liveDocument = liveDocument;
  }

  /** Null until the board holds anything, and for whoever the first cards of a lane could mislead. */
  async firstScreen(spaceId: string, boardId: string, access: Access): Promise<Outcome<BoardFirstScreen | null>> {
    const board = await this.spaces.findBoard(spaceId, boardId);
    if (!board) return refused(404, "boardUnknown");
    // As the document's own access check (document-access.ts).
    if (!opensBoard(access, board.id)) return refused(403, "boardNotOpened");
    const name = boardDocumentName(spaceId, boardId);
    const live = this.liveDocument(name);
    const screen = live ? boardFirstScreen(live) : await this.kept(name);
    return { ok: true, value: screen && firstScreenFor(screen, access) };
  }

  private async kept(documentName: string): Promise<BoardFirstScreen | null> {
    const kept = await this.store.documents.firstScreen(documentName);
    return (kept === null ? null : keptFirstScreen(kept)) ?? this.drawnFromSaved(documentName);
  }

  private async drawnFromSaved(documentName: string): Promise<BoardFirstScreen | null> {
    const stored = await this.store.documents.load(documentName);
    if (!stored.snapshot && stored.updates.length === 0) return null;
    const document = new Y.Doc();
    try {
      applyStored(document, stored);
      const screen = boardFirstScreen(document);
      await this.store.documents.keepFirstScreen(documentName, JSON.stringify(screen));
      return screen;
    } catch (error) {
      // The page then waits for the document, as it would without.
      firstScreenLog.warn({ document: documentName, err: error }, "first screen not drawn from the saved board");
      return null;
    } finally {
      document.destroy();
    }
  }
}
