import { BOARD_LAYOUT, PLAN_LAYOUT, parseDocumentName, upgradeDocument } from "@atelier/shared";
import type { afterLoadDocumentPayload, Extension } from "@hocuspocus/server";

/**
 * Brings every loaded document to the current layout version, on the server only so clients never race to
 * migrate. It runs after persistence has started logging, so the upgrade itself is stored like any edit.
 */
export class SchemaUpgrade implements Extension {
  priority = 50;

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    const ref = parseDocumentName(documentName);
    if (ref) upgradeDocument(document, ref.kind === "board" ? BOARD_LAYOUT : PLAN_LAYOUT, this);
  }
}
