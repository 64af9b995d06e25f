import { frenchRefusal, parseDocumentName, REFUSED_WRITE_CODE } from "@atelier/shared";
import type {
  afterHandleMessagePayload,
  afterUnloadDocumentPayload,
  beforeSyncPayload,
  Extension,
} from "@hocuspocus/server";
import type * as Y from "yjs";
import type { CitationCatalog } from "../indicators/citation-catalog.ts";
import type { Metrics } from "../observability/metrics.ts";
import { recordRefusal } from "../observability/refusals.ts";
import type { ConnectionContext } from "./document-access.ts";
import { closeSocketSoon, refusal } from "./refusal.ts";
import { ShadowBoard } from "./shadow-board.ts";

/** y-protocols sync message types that carry an update for the server to apply. */
const SYNC_STEP_2 = 1;
const UPDATE = 2;

/**
 * Judges every update a writable connection sends to a board before Hocuspocus applies it: facilitators may do
 * anything that keeps the board well formed, partners what their role allows (see board-permissions.ts). A refused
 * update closes that connection with the reason; the document and everyone else are untouched.
 *
 * An accepted update is then applied by Hocuspocus itself, once: see ShadowBoard for why nothing slips in between.
 */
export class BoardWriteGuard implements Extension {
  private readonly shadows = new Map<string, { document: Y.Doc; shadow: ShadowBoard }>();
  private readonly citations: CitationCatalog;
  private readonly metrics: Metrics;

  constructor(citations: CitationCatalog, metrics: Metrics) {
    this.citations = citations;
    this.metrics = metrics;
  }

  async beforeSync({ type, payload, connection, document, documentName }: beforeSyncPayload<ConnectionContext>) {
    if ((type !== SYNC_STEP_2 && type !== UPDATE) || connection.readOnly) return;
    const shadow = this.shadowOf(documentName, document);
    if (!shadow) return;
    const knownCitation = await this.citations.checkFor(connection.context.spaceId);
    const judgement = shadow.judge(payload, connection.context.access, connection, knownCitation);
    if (!judgement) return;
    // The French wording of its code: interfaces read the code and its params back from it (refusalWorded).
    const reason = frenchRefusal(judgement.code, judgement.params);
    const { role } = connection.context.access;
    recordRefusal(this.metrics, "write_guard", { document: documentName, role, detail: reason });
    closeSocketSoon(connection, REFUSED_WRITE_CODE, reason);
    throw refusal(reason, REFUSED_WRITE_CODE);
  }

  async afterHandleMessage({ connection, documentName }: afterHandleMessagePayload) {
    this.shadows.get(documentName)?.shadow.settle(connection);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    this.shadows.get(documentName)?.shadow.destroy();
    this.shadows.delete(documentName);
  }

  /** The board's shadow; none for other documents (a board's name is read once, not at every update). */
  private shadowOf(documentName: string, document: Y.Doc): ShadowBoard | undefined {
    const entry = this.shadows.get(documentName);
    if (entry?.document === document) return entry.shadow;
    if (parseDocumentName(documentName)?.kind !== "board") return undefined;
    entry?.shadow.destroy();
    const shadow = new ShadowBoard(document);
    this.shadows.set(documentName, { document, shadow });
    return shadow;
  }
}
