import { addCard } from "@atelier/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { freshDataDir, startTestServer, type TestServer } from "./support/test-server.ts";

const author = { authorId: "facilitator", authorName: "Camille", authorRole: "facilitator" } as const;

const opened: { clients: CollabClient[]; servers: TestServer[] } = { clients: [], servers: [] };
afterEach(async () => {
  for (const client of opened.clients.splice(0)) client.provider.destroy();
  for (const server of opened.servers.splice(0)) await server.close();
});

describe("a stored board opened again", () => {
  it("reaches the first client once, in its sync, and not a second time as an update", async () => {
    const dataDir = freshDataDir();
    const first = await startTestServer(dataDir);
    const space = await first.createSpace();
    const name = space.boards[0]?.documentName as string;
    const writer = await connectClient(first.wsUrl, name, space.facilitatorSecret);
    writer.doc.transact(() => {
      for (let index = 0; index < 200; index++) {
        addCard(writer.doc, `card-${index}`, { kind: "constat", title: `Carte ${index}`, ...author }, Date.now());
      }
    });
    await waitFor(
      () => writer.provider.unsyncedChanges,
      (count) => count === 0,
    );
    const size = Y.encodeStateAsUpdate(writer.doc).byteLength;
    writer.provider.destroy();
    await first.close();

    const second = await startTestServer(dataDir);
    opened.servers.push(second);
    const reader = await connectClient(second.wsUrl, name, space.facilitatorSecret);
    opened.clients.push(reader);
    // Messages are read one per task: one sent right after the sync comes after this listener is on.
    const received: number[] = [];
    reader.provider.on("message", ({ event }: { event: { data: ArrayBuffer } }) => {
      received.push(event.data.byteLength);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reader.doc.getMap("cards").size).toBe(200);
    expect(received.filter((bytes) => bytes > size / 2)).toEqual([]);
  });
});
