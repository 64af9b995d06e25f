import { addCard, type BoardFirstScreen, createCluster, moveCard, setHidden, writeBodyText } from "@atelier/shared";
import { afterEach, describe, expect, it } from "vitest";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { json } from "./support/http-json.ts";
import { openTestStore } from "./support/storage.ts";
import type { TestServer } from "./support/test-server.ts";
import { useTestServer } from "./support/use-test-server.ts";

// Saved a few milliseconds after each change, as a busy board is, rather than after the default two seconds.
const server = useTestServer({ SNAPSHOT_DEBOUNCE_MS: "20", SNAPSHOT_MAX_DEBOUNCE_MS: "100" });
const author = { authorId: "facilitator", authorName: "Claire (Caf)", authorRole: "facilitator" } as const;

const clients: CollabClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.provider.destroy();
});

const firstScreenOn = (on: TestServer, spaceId: string, boardId: string, token?: string) =>
  on.request("GET", `/api/spaces/${spaceId}/boards/${boardId}/first-screen`, { token });
const firstScreen = (spaceId: string, boardId: string, token?: string) =>
  firstScreenOn(server, spaceId, boardId, token);

/** Asks until the board's last change has been saved with its first screen. */
async function savedScreen(
  spaceId: string,
  boardId: string,
  token: string,
  accept: (screen: BoardFirstScreen) => boolean,
) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const response = await firstScreen(spaceId, boardId, token);
    if (response.status === 200) {
      const screen = (await response.json()) as BoardFirstScreen;
      if (accept(screen)) return screen;
    }
    if (Date.now() > deadline) throw new Error(`no first screen saved: last answer ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("a board's first screen", () => {
  it("holds each lane's first cards in order, their count and their bodies, once the board is saved", async () => {
    const space = await server.createSpace();
    const board = space.boards[0];
    if (!board) throw new Error("no board");
    expect((await firstScreen(space.id, board.id, space.facilitatorSecret)).status).toBe(204);

    const facilitator = await connectClient(server.wsUrl, board.documentName, space.facilitatorSecret);
    clients.push(facilitator);
    const { doc } = facilitator;
    doc.transact(() => {
      createCluster(doc, "creche", { name: "Accueil du jeune enfant", color: "vert" });
      for (let index = 0; index < 15; index++) {
        addCard(doc, `card-${index}`, { kind: "constat", title: `Constat ${index}`, ...author }, Date.now());
        moveCard(doc, `card-${index}`, "creche", Number.POSITIVE_INFINITY);
      }
      addCard(doc, "loose", { kind: "besoin", title: "Horaires atypiques", ...author }, Date.now());
      writeBodyText(doc, "loose", "Parents en 3x8 à Prades");
    });

    const screen = await savedScreen(space.id, board.id, space.facilitatorSecret, (s) => s.loose.total === 1);
    const [lane] = screen.clusters;
    expect(lane?.cluster.name).toBe("Accueil du jeune enfant");
    expect(lane?.total).toBe(15);
    expect(lane?.cards.map((card) => card.title)).toEqual(Array.from({ length: 12 }, (_, index) => `Constat ${index}`));
    expect(screen.loose.cards.map((card) => card.title)).toEqual(["Horaires atypiques"]);
    expect(screen.bodies).toEqual({ loose: "Parents en 3x8 à Prades" });

    const partner = await server.join(space, "partner", "Samia");
    const seen = await json<BoardFirstScreen>(await firstScreen(space.id, board.id, partner.participantToken), 200);
    expect(seen.clusters[0]?.total).toBe(15);
  });

  it("is refused as the board's document is, and withheld in hidden mode from those who see only their cards", async () => {
    const space = await server.createSpace();
    const [first, second] = space.boards;
    if (!first || !second) throw new Error("two boards expected");
    const facilitator = await connectClient(server.wsUrl, first.documentName, space.facilitatorSecret);
    clients.push(facilitator);
    addCard(facilitator.doc, "idea", { kind: "piste", title: "Une idée", ...author }, Date.now());
    await savedScreen(space.id, first.id, space.facilitatorSecret, (s) => s.loose.total === 1);

    expect((await firstScreen(space.id, first.id)).status).toBe(401);
    expect((await firstScreen(space.id, "unknown", space.facilitatorSecret)).status).toBe(404);
    const elsewhere = await server.join(space, "partner", "Ailleurs", { boardIds: [second.id] });
    const refused = await firstScreen(space.id, first.id, elsewhere.participantToken);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toMatch(/n'ouvre pas ce tableau/);

    setHidden(facilitator.doc, true);
    await savedScreen(space.id, first.id, space.facilitatorSecret, (s) => s.hidden);
    const partner = await server.join(space, "partner", "Samia");
    expect((await firstScreen(space.id, first.id, partner.participantToken)).status).toBe(204);
  });

  it("is drawn again from the saved board, and kept, when the one kept was kept by another version or cannot be read", async () => {
    const space = await server.createSpace();
    const board = space.boards[0];
    if (!board) throw new Error("no board");
    const facilitator = await connectClient(server.wsUrl, board.documentName, space.facilitatorSecret);
    addCard(facilitator.doc, "idea", { kind: "piste", title: "Une idée", ...author }, Date.now());
    await savedScreen(space.id, board.id, space.facilitatorSecret, (s) => s.loose.total === 1);
    facilitator.provider.destroy();

    const store = await openTestStore(server.dataDir);
    try {
      for (const kept of [JSON.stringify({ version: 0, loose: { cards: [], total: 0 } }), "{ not json"]) {
        // Until the server lets the board go from memory it draws the first screen from the board itself: the kept
        // one is read once the page's answer no longer tells them apart, when the kept one stays replaced.
        const deadline = Date.now() + 5000;
        for (;;) {
          await store.documents.keepFirstScreen(board.documentName, kept);
          const screen = await json<BoardFirstScreen>(
            await firstScreen(space.id, board.id, space.facilitatorSecret),
            200,
          );
          expect(screen.loose.cards.map((card) => card.title)).toEqual(["Une idée"]);
          if ((await store.documents.firstScreen(board.documentName)) !== kept) break;
          if (Date.now() > deadline) throw new Error("the server kept the board in memory");
        }
        const keptNow = JSON.parse(
          (await store.documents.firstScreen(board.documentName)) ?? "null",
        ) as BoardFirstScreen;
        expect(keptNow.loose.cards.map((card) => card.title)).toEqual(["Une idée"]);
      }
    } finally {
      await store.close();
    }
  });
});

describe("a board's first screen before the board is saved", () => {
  // Saved only after a minute: what the page gets can only come from the document the server holds in memory.
  const patient = useTestServer({ SNAPSHOT_DEBOUNCE_MS: "60000", SNAPSHOT_MAX_DEBOUNCE_MS: "60000" });

  it("is drawn from the board itself while the server holds it: hidden mode counts at once, before any save", async () => {
    const space = await patient.createSpace();
    const board = space.boards[0];
    if (!board) throw new Error("no board");
    const facilitator = await connectClient(patient.wsUrl, board.documentName, space.facilitatorSecret);
    clients.push(facilitator);
    const partner = await patient.join(space, "partner", "Samia");
    addCard(facilitator.doc, "fresh", { kind: "piste", title: "Idée de Claire", ...author }, Date.now());
    await waitFor(
      () => facilitator.provider.unsyncedChanges,
      (count) => count === 0,
    );
    const seen = await json<BoardFirstScreen>(
      await firstScreenOn(patient, space.id, board.id, partner.participantToken),
      200,
    );
    expect(seen.loose.cards.map((card) => card.title)).toEqual(["Idée de Claire"]);

    setHidden(facilitator.doc, true);
    await waitFor(
      () => facilitator.provider.unsyncedChanges,
      (count) => count === 0,
    );
    expect((await firstScreenOn(patient, space.id, board.id, partner.participantToken)).status).toBe(204);
    expect((await firstScreenOn(patient, space.id, board.id, space.facilitatorSecret)).status).toBe(200);
  });
});
