import { parseDocumentName, type Role } from "@atelier/shared";
import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import type { SpaceService } from "../spaces/space-service.ts";
import { refusal } from "./refusal.ts";

export interface ConnectionContext {
  spaceId: string;
  role: Role;
}

/**
 * Who may open which document: the document must belong to an existing space, and the provider's token must
 * grant a role in that very space. Archived boards stay readable but no longer accept edits.
 */
export class DocumentAccess implements Extension {
  private readonly spaces: SpaceService;

  constructor(spaces: SpaceService) {
    this.spaces = spaces;
  }

  async onAuthenticate({ documentName, token, connectionConfig }: onAuthenticatePayload): Promise<ConnectionContext> {
    const ref = parseDocumentName(documentName);
    if (!ref) throw refusal(`Document inconnu : « ${documentName.slice(0, 100)} ».`);
    const role = await this.spaces.roleFor(ref.spaceId, token);
    if (!role) throw refusal("Jeton d'accès invalide pour cet espace CTG.");
    if (ref.kind === "board") {
      const board = await this.spaces.findBoard(ref.spaceId, ref.boardId);
      if (!board) throw refusal("Ce tableau n'existe pas dans cet espace CTG.");
      if (board.archived) connectionConfig.readOnly = true;
    }
    return { spaceId: ref.spaceId, role };
  }
}
