import { type BoardFirstScreen, boardDocumentName, firstScreenFor } from "@atelier/shared";
import { type Outcome, refused } from "../outcome.ts";
import type { Store } from "../store/store.ts";
import type { Access } from "./access-service.ts";
import type { SpaceService } from "./space-service.ts";

/** A board's first screen (board-first-screens.ts keeps it), for those the board's document would be sent to. */
export class FirstScreenService {
  private readonly spaces: SpaceService;
  private readonly store: Store;

  constructor(spaces: SpaceService, store: Store) {
    this.spaces = spaces;
    this.store = store;
  }

  /** Null until the board has been saved once, and for whoever the first cards of a lane could mislead. */
  async firstScreen(spaceId: string, boardId: string, access: Access): Promise<Outcome<BoardFirstScreen | null>> {
    const board = await this.spaces.findBoard(spaceId, boardId);
    if (!board) return refused(404, "Ce tableau n'existe pas dans cet espace CTG.");
    // As the document's own access check (document-access.ts): a link opens only the boards it names.
    if (access.boardIds && !access.boardIds.includes(board.id)) {
      return refused(403, "Votre lien d'invitation n'ouvre pas ce tableau.");
    }
    const kept = await this.store.documents.firstScreen(boardDocumentName(spaceId, boardId));
    return { ok: true, value: kept === null ? null : firstScreenFor(JSON.parse(kept) as BoardFirstScreen, access) };
  }
}
