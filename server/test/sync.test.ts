import { addCard, BOARD_LAYOUT, cardBody, listCards, PLAN_LAYOUT, updateCard } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { useCollabClients } from "./support/use-collab-clients.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();
const connect = useCollabClients(server);

const author = { authorId: "facilitator", authorName: "Camille", authorRole: "facilitator" } as const;

function partnerAuthor(partner: { participantId: string }) {
  return { authorId: partner.participantId, authorName: "Karim", authorRole: "partner" } as const;
}

function bodyText(doc: Y.Doc, id: string): string {
  return cardBody(doc, id)?.toString() ?? "";
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

describe("live co-editing through the server", () => {
  it("two standard providers converge on concurrent edits", async () => {
    const space = await server.createSpace();
    const board = space.boards[0]?.documentName as string;
    const a = await connect(board, space.facilitatorSecret);
    const b = await connect(board, space.facilitatorSecret);

    addCard(a.doc, "card-a", { kind: "constat", title: "Peu de places d'accueil", ...author }, 1);
    addCard(b.doc, "card-b", { kind: "besoin", title: "Horaires atypiques", ...author }, 1);
    await waitFor(
      () => [listCards(a.doc).length, listCards(b.doc).length],
      ([x, y]) => x === 2 && y === 2,
    );

    // Both write into the same card at once: the title is last-writer-wins, the rich-text body keeps both.
    updateCard(a.doc, "card-a", { title: "Titre de A" }, 2);
    updateCard(b.doc, "card-a", { title: "Titre de B" }, 2);
    cardBody(a.doc, "card-a")?.insert(0, [paragraph("Texte de A")]);
    cardBody(b.doc, "card-a")?.insert(0, [paragraph("Texte de B")]);

    await waitFor(
      () =>
        [
          JSON.stringify(listCards(a.doc)),
          JSON.stringify(listCards(b.doc)),
          bodyText(a.doc, "card-a"),
          bodyText(b.doc, "card-a"),
        ] as const,
      ([cardsA, cardsB, bodyA, bodyB]) =>
        cardsA === cardsB && bodyA === bodyB && bodyA.includes("Texte de A") && bodyA.includes("Texte de B"),
    );
    expect(listCards(a.doc).map((c) => c.id)).toEqual(["card-a", "card-b"]);
    expect(["Titre de A", "Titre de B"]).toContain(listCards(a.doc)[0]?.title);

    const late = await connect(board, space.facilitatorSecret);
    expect(JSON.stringify(listCards(late.doc))).toBe(JSON.stringify(listCards(a.doc)));
    expect(bodyText(late.doc, "card-a")).toBe(bodyText(a.doc, "card-a"));
  });

  it("shares presence through awareness", async () => {
    const space = await server.createSpace();
    const board = space.boards[1]?.documentName as string;
    const a = await connect(board, space.facilitatorSecret);
    const b = await connect(board, space.facilitatorSecret);
    a.provider.setAwarenessField("user", { name: "Alice", color: "#c00" });
    const names = await waitFor(
      () => [...(b.provider.awareness?.getStates().values() ?? [])].map((s) => (s.user as { name?: string })?.name),
      (seen) => seen.includes("Alice"),
    );
    expect(names).toContain("Alice");
  });

  it("stamps each document with its layout version", async () => {
    const space = await server.createSpace();
    const board = await connect(space.boards[0]?.documentName as string, space.facilitatorSecret);
    const plan = await connect(space.plan.documentName, space.facilitatorSecret);
    await waitFor(
      () => [board.doc.getMap("meta").get("schemaVersion"), plan.doc.getMap("meta").get("schemaVersion")],
      ([b, p]) => b === BOARD_LAYOUT.version && p === PLAN_LAYOUT.version,
    );
  });
});

describe("access to documents", () => {
  it("refuses a wrong token, another space's token and unknown documents, with a reason", async () => {
    const space = await server.createSpace();
    const other = await server.createSpace("Autre territoire");
    const board = space.boards[0]?.documentName as string;
    await expect(connectClient(server.wsUrl, board, "pas-le-bon-secret")).rejects.toThrow(/Jeton d'accès invalide/);
    await expect(connectClient(server.wsUrl, board, other.facilitatorSecret)).rejects.toThrow(/Jeton d'accès invalide/);
    await expect(
      connectClient(server.wsUrl, `space/${space.id}/board/inconnu`, space.facilitatorSecret),
    ).rejects.toThrow(/n'existe pas/);
    await expect(connectClient(server.wsUrl, "n'importe-quoi", space.facilitatorSecret)).rejects.toThrow(
      /Document inconnu/,
    );
  });

  it("keeps an archived board read-only: a write changes nothing for anyone", async () => {
    const space = await server.createSpace();
    const target = space.boards[2];
    const writer = await connect(target?.documentName as string, space.facilitatorSecret);
    addCard(writer.doc, "before", { kind: "constat", title: "Avant l'archivage", ...author }, 1);
    const watcher = await connect(target?.documentName as string, space.facilitatorSecret);
    await waitFor(
      () => listCards(watcher.doc).length,
      (n) => n === 1,
    );
    writer.provider.destroy();
    watcher.provider.destroy();

    const archived = await server.request("PATCH", `/api/spaces/${space.id}/boards/${target?.id}`, {
      token: space.facilitatorSecret,
      body: { archived: true },
    });
    expect(archived.status).toBe(200);

    const late = await connect(target?.documentName as string, space.facilitatorSecret);
    const reply = new Promise((resolve) => late.provider.on("message", resolve));
    addCard(late.doc, "after", { kind: "constat", title: "Après l'archivage", ...author }, 2);
    await reply;
    expect(late.provider.unsyncedChanges).toBeGreaterThan(0);
    const check = await connect(target?.documentName as string, space.facilitatorSecret);
    expect(listCards(check.doc).map((c) => c.id)).toEqual(["before"]);
  });

  it("applies archiving to sockets opened before it, and restoring too", async () => {
    const space = await server.createSpace();
    const target = space.boards[1];
    const partner = await server.join(space, "partner", "Karim");
    const early = await connect(target?.documentName as string, partner.participantToken);
    // A second early socket that stays silent while archived (the refused write leaves the first one out of step).
    const quiet = await connect(target?.documentName as string, partner.participantToken);
    const archive = (archived: boolean) =>
      server.request("PATCH", `/api/spaces/${space.id}/boards/${target?.id}`, {
        token: space.facilitatorSecret,
        body: { archived },
      });
    expect((await archive(true)).status).toBe(200);
    const reply = new Promise((resolve) => early.provider.on("message", resolve));
    addCard(early.doc, "late", { kind: "constat", title: "Écrit après l'archivage", ...partnerAuthor(partner) }, 1);
    await reply;
    expect(early.provider.unsyncedChanges).toBeGreaterThan(0);
    const check = await connect(target?.documentName as string, space.facilitatorSecret);
    expect(listCards(check.doc)).toEqual([]);

    expect((await archive(false)).status).toBe(200);
    addCard(quiet.doc, "restored", { kind: "constat", title: "Après la restauration", ...partnerAuthor(partner) }, 1);
    await waitFor(
      () => listCards(check.doc).map((card) => card.id),
      (ids) => ids.includes("restored"),
    );
  });

  it("refuses the plan to habitants' sockets, as the HTTP exports do", async () => {
    const space = await server.createSpace();
    const habitant = await server.join(space, "habitant", "Lou");
    await expect(connectClient(server.wsUrl, space.plan.documentName, habitant.participantToken)).rejects.toThrow(
      /ne permet pas d'ouvrir le plan/,
    );
    const { token } = (await (
      await server.request("POST", `/api/spaces/${space.id}/invitations`, {
        token: space.facilitatorSecret,
        body: { role: "habitant", label: "QR code" },
      })
    ).json()) as { token: string };
    await expect(connectClient(server.wsUrl, space.plan.documentName, token)).rejects.toThrow(
      /ne permet pas d'ouvrir le plan/,
    );
    const observer = await server.join(space, "observer", "Élu");
    const reader = await connect(space.plan.documentName, observer.participantToken);
    expect(reader.provider.isSynced).toBe(true);
  });
});
