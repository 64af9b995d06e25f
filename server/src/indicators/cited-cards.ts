import { boardDocumentName } from "@atelier/shared";
import type * as Y from "yjs";
import type { DocumentWriter } from "../collab/document-writer.ts";
import type { SpaceService } from "../spaces/space-service.ts";

/**
 * Cards cite a copy of a figure or a service: once it changes, every board of the space gets the change, live, for
 * everyone connected.
 */
export async function rewriteCitingCards(
  spaces: SpaceService,
  writer: DocumentWriter,
  spaceId: string,
  rewrite: (doc: Y.Doc) => void,
): Promise<void> {
  for (const board of (await spaces.find(spaceId))?.boards ?? []) {
    await writer.transact(boardDocumentName(spaceId, board.id), rewrite);
  }
}
