import { frenchRefusal, opensBoard, PLAN_READER_ROLES, parseDocumentName } from "@atelier/shared";
import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import type { Metrics } from "../observability/metrics.ts";
import { recordRefusal } from "../observability/refusals.ts";
import type { Access, AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { refusal } from "./refusal.ts";

export interface ConnectionContext {
  spaceId: string;
  access: Access;
  /** The token it was let in with, to check it again when another instance withdraws some access (never logged). */
  token: string;
  /** Read-only whatever the board's lock: the role, an archived board or the plan for non-facilitators. */
  alwaysReadOnly: boolean;
}

/** Roles that only ever read over WebSocket: habitants write through validated HTTP endpoints instead. */
const READ_ONLY_ROLES = new Set(["habitant", "observer"]);

/** Whether a role only reads a board, whatever its lock: the role reads only, or the board is archived. */
export function boardAlwaysReadOnly(access: Access, board: { archived: boolean }): boolean {
  return READ_ONLY_ROLES.has(access.role) || board.archived;
}

/**
 * Who may open which document: the document must belong to an existing space, and the provider's token must
 * grant a role in that very space and, for a board, a link that includes that board. Archived boards, observers
 * and habitants only read; the plan is read by the roles that may read it over HTTP, and written by facilitators.
 */
export class DocumentAccess implements Extension {
  private readonly spaces: SpaceService;
  private readonly access: AccessService;
  private readonly metrics: Metrics;

  constructor(spaces: SpaceService, access: AccessService, metrics: Metrics) {
    this.spaces = spaces;
    this.access = access;
    this.metrics = metrics;
  }

  async onAuthenticate(payload: onAuthenticatePayload): Promise<ConnectionContext> {
    try {
      return await this.authenticate(payload);
    } catch (error) {
      const detail = (error as { reason?: string }).reason ?? "refus";
      recordRefusal(this.metrics, "access", { document: payload.documentName.slice(0, 200), detail });
      throw error;
    }
  }

  private async authenticate({
    documentName,
    token,
    connectionConfig,
  }: onAuthenticatePayload): Promise<ConnectionContext> {
    const ref = parseDocumentName(documentName);
    if (!ref) throw refusal(frenchRefusal("documentUnknown", { name: documentName.slice(0, 100) }));
    const access = await this.access.resolve(ref.spaceId, token);
    // Sent as the close reason, the French wording of a refusal code: interfaces word the code in their language.
    if (!access) throw refusal(frenchRefusal("tokenInvalid"));
    if (ref.kind === "board") {
      const board = await this.spaces.findBoard(ref.spaceId, ref.boardId);
      if (!board) throw refusal(frenchRefusal("boardUnknown"));
      if (!opensBoard(access, board.id)) throw refusal(frenchRefusal("boardNotOpened"));
      connectionConfig.readOnly = boardAlwaysReadOnly(access, board);
    } else if (!PLAN_READER_ROLES.includes(access.role)) {
      throw refusal(frenchRefusal("planNotForRole"));
    } else {
      connectionConfig.readOnly = access.role !== "facilitator";
    }
    return { spaceId: ref.spaceId, access, token, alwaysReadOnly: connectionConfig.readOnly };
  }
}
