import { addCard, listCards } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { readStoredDocument } from "./support/stored-document.ts";
import { useTestServer } from "./support/use-test-server.ts";

const METRICS_TOKEN = "jeton-des-metriques-de-test";
const server = useTestServer({ METRICS_TOKEN });

const author = { authorId: "facilitator", authorName: "Anne", authorRole: "facilitator" } as const;

async function loadedDocuments(): Promise<number> {
  const text = await (await server.request("GET", "/api/metrics", { token: METRICS_TOKEN })).text();
  return Number(/^atelier_documents_loaded (\S+)$/m.exec(text)?.[1]);
}

async function untilLoaded(count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await loadedDocuments()) !== count) {
    if (Date.now() > deadline) throw new Error(`still ${await loadedDocuments()} documents loaded, not ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("idle documents", () => {
  it("leave memory once the last client has left and a snapshot holds them, and come back whole", async () => {
    const space = await server.createSpace();
    const [first, second] = space.boards.map((board) => board.documentName);
    if (!first || !second) throw new Error("a new space has its default boards");
    const a = await connectClient(server.wsUrl, first, space.facilitatorSecret);
    const b = await connectClient(server.wsUrl, second, space.facilitatorSecret);
    addCard(a.doc, "c1", { kind: "constat", title: "Gardé après le départ", ...author }, 1);
    addCard(b.doc, "c2", { kind: "besoin", title: "Sur le deuxième tableau", ...author }, 1);
    await waitFor(
      () => a.provider.unsyncedChanges + b.provider.unsyncedChanges,
      (n) => n === 0,
    );
    // The plan's export loads it on the server's behalf, with no client at all.
    expect(
      (await server.request("GET", `/api/spaces/${space.id}/plan/export/csv`, { token: space.facilitatorSecret }))
        .status,
    ).toBe(200);
    expect(await loadedDocuments()).toBeGreaterThanOrEqual(2);

    a.provider.destroy();
    await untilLoaded(1);
    b.provider.destroy();
    await untilLoaded(0);

    // Unloaded after its snapshot: the log holds nothing the snapshot does not.
    const stored = await readStoredDocument(server.dataDir, first);
    expect(stored.snapshots).toBe(1);
    expect(stored.updates).toBe(0);
    expect(listCards(stored.doc).map((card) => card.title)).toEqual(["Gardé après le départ"]);

    const back = await connectClient(server.wsUrl, first, space.facilitatorSecret);
    await waitFor(
      () => listCards(back.doc).map((card) => card.title),
      (titles) => titles.includes("Gardé après le départ"),
    );
    expect(await loadedDocuments()).toBe(1);
    back.provider.destroy();
  });
});
