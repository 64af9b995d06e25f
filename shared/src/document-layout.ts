import type * as Y from "yjs";

/** Steps that bring a document written by an older version up to the next schema version. */
export type Migration = (doc: Y.Doc) => void;

export interface DocumentLayout {
  kind: "board" | "plan";
  version: number;
  /** migrations[n] upgrades a document from version n - 1 to version n. */
  migrations: Readonly<Record<number, Migration>>;
}

const SCHEMA_VERSION_KEY = "schemaVersion";

export function documentMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap("meta");
}

export function schemaVersionOf(doc: Y.Doc): number {
  const version = documentMeta(doc).get(SCHEMA_VERSION_KEY);
  return typeof version === "number" ? version : 0;
}

/**
 * Brings a document to the layout's version, in one transaction. Only the server calls it, once a document is
 * loaded, so that two clients never race to migrate. A document newer than this code is refused, not rewritten.
 */
export function upgradeDocument(doc: Y.Doc, layout: DocumentLayout, origin?: unknown): void {
  const current = schemaVersionOf(doc);
  if (current > layout.version) {
    throw new Error(
      `Document ${layout.kind} en version ${current}, plus récente que celle de ce serveur (${layout.version}).`,
    );
  }
  if (current === layout.version) return;
  doc.transact(() => {
    for (let next = current + 1; next <= layout.version; next++) layout.migrations[next]?.(doc);
    documentMeta(doc).set(SCHEMA_VERSION_KEY, layout.version);
  }, origin);
}
