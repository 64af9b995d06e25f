import {
  addCard,
  ballotOf,
  type CreatedSpaceView,
  cardBody,
  listCards,
  openVote,
  placeVote,
  type RefusalCode,
  type RefusalParams,
  readBoardSettings,
  refusalWorded,
  setCardStatus,
  setLocked,
  updateCard,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { type CollabClient, waitFor } from "./support/collab-client.ts";
import { waitForStored } from "./support/stored-document.ts";
import { useCollabClients } from "./support/use-collab-clients.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();
const connect = useCollabClients(server);

/** Waits until every change the client made has been acknowledged or refused by the server. */
async function settled(client: CollabClient) {
  await waitFor(
    () => client.provider.unsyncedChanges === 0 || client.closeReasons.length > 0,
    (done) => done,
  );
}

async function boardWithPartner(space?: CreatedSpaceView) {
  const ctg = space ?? (await server.createSpace());
  const documentName = ctg.boards[0]?.documentName as string;
  const partner = await server.join(ctg, "partner", "Samia (Caf)");
  const facilitator = await connect(documentName, ctg.facilitatorSecret);
  const partnerClient = await connect(documentName, partner.participantToken);
  return { space: ctg, documentName, partner, facilitator, partnerClient };
}

function partnerCard(partner: { participantId: string; displayName: string | null }, title: string) {
  return {
    kind: "besoin" as const,
    title,
    authorId: partner.participantId,
    authorName: partner.displayName ?? "?",
    authorRole: "partner" as const,
  };
}

describe("what a partner may write on a board", () => {
  it("adds and edits cards, and others see them", async () => {
    const { partner, facilitator, partnerClient } = await boardWithPartner();
    addCard(partnerClient.doc, "p1", partnerCard(partner, "Horaires atypiques"), 1);
    await waitFor(
      () => listCards(facilitator.doc).map((card) => card.title),
      (titles) => titles.includes("Horaires atypiques"),
    );
    addCard(facilitator.doc, "f1", { ...partnerCard(partner, "Carte de l'animatrice"), authorId: "facilitator" }, 1);
    await waitFor(
      () => listCards(partnerClient.doc).length,
      (n) => n === 2,
    );
    updateCard(partnerClient.doc, "f1", { title: "Reformulée par Samia" }, 2);
    await waitFor(
      () => listCards(facilitator.doc).find((card) => card.id === "f1")?.title,
      (title) => title === "Reformulée par Samia",
    );
    expect(partnerClient.closeReasons).toEqual([]);
  });

  it.each<[string, (doc: Y.Doc) => unknown, RegExp, { code: RefusalCode; params?: RefusalParams }]>([
    [
      "locks the board",
      (doc: Y.Doc) => setLocked(doc, true),
      /animateur peut régler/,
      { code: "writeSettingsFacilitatorOnly" },
    ],
    [
      "marks a card agreed",
      (doc: Y.Doc) => setCardStatus(doc, "f1", "agreed", 2),
      /animateur peut valider/,
      { code: "writeDecisionFacilitatorOnly" },
    ],
    [
      "writes under someone else's name",
      (doc: Y.Doc) =>
        addCard(doc, "x", partnerCard({ participantId: "facilitator", displayName: "Anne" }, "Usurpée"), 2),
      /nom de son auteur/,
      { code: "writeAuthorName" },
    ],
    [
      "deletes someone else's card",
      (doc: Y.Doc) => doc.getMap("cards").delete("f1"),
      /propres cartes/,
      { code: "writeOthersCard" },
    ],
    [
      "adds a part unknown to boards",
      (doc: Y.Doc) => doc.getMap("intrus").set("x", 1),
      /inconnue : intrus/,
      { code: "writeUnknownPart", params: { name: "intrus" } },
    ],
    [
      "writes markup the editor would not into a body",
      (doc: Y.Doc) => cardBody(doc, "f1")?.insert(0, [new Y.XmlElement("script")]),
      /élément inconnu « script »/,
      { code: "writeTextUnknownElement", params: { name: "script" } },
    ],
  ])(
    "is refused with a reason when it %s, and nothing changes for anyone",
    async (_, write, reason, { code, params = {} }) => {
      const { space, documentName, facilitator, partnerClient } = await boardWithPartner();
      addCard(
        facilitator.doc,
        "f1",
        { ...partnerCard({ participantId: "facilitator", displayName: "Anne" }, "Constat") },
        1,
      );
      await waitFor(
        () => listCards(partnerClient.doc).length,
        (n) => n === 1,
      );
      const before = Y.encodeStateAsUpdate(facilitator.doc);
      write(partnerClient.doc);
      await waitFor(
        () => partnerClient.closeReasons,
        (reasons) => reasons.length > 0,
      );
      expect(partnerClient.closeReasons[0]).toMatch(reason);
      // The socket itself is closed with 4403 and the reason, as the README says.
      await waitFor(
        () => partnerClient.closeCodes,
        (codes) => codes.includes(4403),
      );
      const closeReason = partnerClient.closeReasons[partnerClient.closeCodes.indexOf(4403)] ?? "";
      expect(closeReason).toMatch(reason);
      // Interfaces read the refusal's code and what it quotes back from the reason, to word it in their language.
      expect(refusalWorded(closeReason)).toEqual({ code, params });
      // Another round trip through the server: the refused change reached nobody and was not stored.
      addCard(
        facilitator.doc,
        "f2",
        { ...partnerCard({ participantId: "facilitator", displayName: "Anne" }, "Après") },
        3,
      );
      await settled(facilitator);
      const stored = await waitForStored(server.dataDir, documentName, (doc) => listCards(doc).length === 2);
      for (const doc of [facilitator.doc, stored]) {
        expect(listCards(doc).map((card) => [card.id, card.status, card.title])).toEqual([
          ["f1", "draft", "Constat"],
          ["f2", "draft", "Après"],
        ]);
        expect(readBoardSettings(doc).locked).toBe(false);
        expect(doc.share.has("intrus")).toBe(false);
      }
      const late = await connect(documentName, space.facilitatorSecret);
      expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(facilitator.doc));
      expect(before.length).toBeGreaterThan(0);
    },
  );

  it("cannot edit a locked board, and can again once the facilitator unlocks it", async () => {
    const { partner, facilitator, partnerClient } = await boardWithPartner();
    setLocked(facilitator.doc, true);
    await waitFor(
      () => readBoardSettings(partnerClient.doc).locked,
      (locked) => locked,
    );
    addCard(partnerClient.doc, "during", partnerCard(partner, "Pendant le verrou"), 1);
    // The server answers the locked partner's update without applying it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listCards(facilitator.doc)).toEqual([]);
    setLocked(facilitator.doc, false);
    await waitFor(
      () => readBoardSettings(partnerClient.doc).locked,
      (locked) => !locked,
    );
    const fresh = await connect(facilitator.provider.configuration.name, partner.participantToken);
    addCard(fresh.doc, "after", partnerCard(partner, "Après le verrou"), 2);
    await waitFor(
      () => listCards(facilitator.doc).map((card) => card.id),
      (ids) => ids.includes("after"),
    );
    expect(listCards(facilitator.doc).map((card) => card.id)).not.toContain("during");
  });
});

describe("voting", () => {
  it("holds the budget when one participant votes from two tabs at once", async () => {
    const { space, documentName, partner, facilitator } = await boardWithPartner();
    for (const id of ["a", "b", "c"]) addCard(facilitator.doc, id, partnerCard(partner, id), 1);
    openVote(facilitator.doc, 2);
    await settled(facilitator);
    const tabs = await Promise.all([
      connect(documentName, partner.participantToken),
      connect(documentName, partner.participantToken),
    ]);
    // Each tab sees two votes left and spends them both, at the same time.
    for (const [index, tab] of tabs.entries()) {
      expect(placeVote(tab.doc, partner.participantId, "a", `tab${index}-1`)).toBeNull();
      expect(placeVote(tab.doc, partner.participantId, "b", `tab${index}-2`)).toBeNull();
    }
    await waitFor(
      () => tabs.some((tab) => tab.closeReasons.length > 0),
      (closed) => closed,
    );
    const late = await connect(documentName, space.facilitatorSecret);
    expect(ballotOf(late.doc, partner.participantId).length).toBeLessThanOrEqual(2);
    expect(tabs.flatMap((tab) => tab.closeReasons).join()).toMatch(/vos 2 votes/);
  });

  it("refuses votes while no vote is open, and votes cast for someone else", async () => {
    const { partner, facilitator, partnerClient } = await boardWithPartner();
    addCard(facilitator.doc, "a", partnerCard(partner, "a"), 1);
    await settled(facilitator);
    await waitFor(
      () => listCards(partnerClient.doc).length,
      (n) => n === 1,
    );
    partnerClient.doc.getMap("votes").set("v1", { participantId: partner.participantId, cardId: "a", round: 0 });
    await waitFor(
      () => partnerClient.closeReasons,
      (reasons) => reasons.length > 0,
    );
    expect(partnerClient.closeReasons[0]).toMatch(/Aucun vote n'est ouvert/);

    openVote(facilitator.doc, 3);
    await settled(facilitator);
    const again = await connect(facilitator.provider.configuration.name, partner.participantToken);
    expect(placeVote(again.doc, "someone-else", "a", "v2")).toBeNull();
    await waitFor(
      () => again.closeReasons,
      (reasons) => reasons.length > 0,
    );
    expect(again.closeReasons[0]).toMatch(/pour vous-même/);
    expect(ballotOf(facilitator.doc, "someone-else")).toEqual([]);
  });
});
