import {
  addCard,
  boardCardMaps,
  boardClusterMaps,
  cardBody,
  deleteCard,
  listCards,
  writeBodyText,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { waitFor } from "./support/collab-client.ts";
import { useCollabClients } from "./support/use-collab-clients.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();
const connect = useCollabClients(server);

const bodyOf = (doc: Y.Doc, id: string) => cardBody(doc, id)?.toString() ?? null;

describe("a deleted card given back by the board's undo", () => {
  it("is accepted from a partner who deleted their own card, body and all, and reaches the others", async () => {
    const space = await server.createSpace();
    const documentName = space.boards[0]?.documentName as string;
    const partner = await server.join(space, "partner", "Samia (Caf)");
    const facilitator = await connect(documentName, space.facilitatorSecret);
    const samia = await connect(documentName, partner.participantToken);
    // The board page's undo, as client/src/board/surface/use-board-undo.ts makes it.
    const undo = new Y.UndoManager([boardCardMaps(samia.doc), boardClusterMaps(samia.doc)], { captureTimeout: 0 });
    const author = { authorId: partner.participantId, authorName: "Samia (Caf)", authorRole: "partner" } as const;
    addCard(samia.doc, "c1", { kind: "besoin", title: "Horaires atypiques", ...author }, 1);
    writeBodyText(samia.doc, "c1", "Parents travaillant de nuit");
    await waitFor(
      () => bodyOf(facilitator.doc, "c1"),
      (body) => body?.includes("Parents travaillant de nuit") === true,
    );

    deleteCard(samia.doc, "c1");
    await waitFor(
      () => listCards(facilitator.doc).length,
      (count) => count === 0,
    );
    undo.undo();
    const restored = await waitFor(
      () => bodyOf(facilitator.doc, "c1"),
      (body) => body !== null,
    );
    expect(restored).toBe("<paragraph>Parents travaillant de nuit</paragraph>");
    expect(listCards(facilitator.doc).map((card) => card.title)).toEqual(["Horaires atypiques"]);
    await waitFor(
      () => samia.provider.unsyncedChanges,
      (count) => count === 0,
    );
    expect(samia.closeReasons).toEqual([]);
  });
});
