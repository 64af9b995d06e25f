import * as Y from "yjs";
import { openTestStore } from "./storage.ts";

async function withStore<T>(dataDir: string, work: (store: Awaited<ReturnType<typeof openTestStore>>) => Promise<T>) {
  const store = await openTestStore(dataDir);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export async function storedSnapshotBytes(dataDir: string, name: string): Promise<Uint8Array | null> {
  return withStore(dataDir, async (store) => {
    const { snapshot } = await store.documents.load(name);
    return snapshot && new Uint8Array(snapshot);
  });
}

/** Reads a document straight from the store, as the next server start would. */
export async function readStoredDocument(dataDir: string, name: string) {
  return withStore(dataDir, async (store) => {
    const { snapshot, updates } = await store.documents.load(name);
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const { update } of updates) Y.applyUpdate(doc, update);
    return { doc, snapshots: snapshot ? 1 : 0, updates: updates.length };
  });
}

/** Replaces a document's snapshot (to damage it on purpose), keeping its logged updates. */
export async function overwriteSnapshot(dataDir: string, name: string, state: Uint8Array): Promise<void> {
  await withStore(dataDir, (store) => store.documents.compact(name, state, 0));
}

/**
 * Waits until the stored document satisfies `accept`: appends to a networked database land a few milliseconds
 * after the server accepted the update (within the 100 ms durability goal).
 */
export async function waitForStored(dataDir: string, name: string, accept: (doc: Y.Doc) => boolean, timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { doc } = await readStoredDocument(dataDir, name);
    if (accept(doc) || Date.now() > deadline) return doc;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
