import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, BOARD_LAYOUT, cardBody, deleteCard, listCards, updateCard } from "../src/board-document.ts";
import { schemaVersionOf, upgradeDocument } from "../src/document-layout.ts";

const author = { authorId: "p-camille", authorName: "Camille", authorRole: "partner" } as const;

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe("board document", () => {
  it("adds cards in order, with an empty rich-text body", () => {
    const doc = new Y.Doc();
    addCard(doc, "a", { kind: "constat", title: "Premier", ...author }, 1);
    addCard(doc, "b", { kind: "besoin", title: "Second", source: "Caf 2023", ...author }, 2);
    expect(listCards(doc).map((c) => [c.id, c.title, c.status, c.cluster])).toEqual([
      ["a", "Premier", "draft", null],
      ["b", "Second", "draft", null],
    ]);
    expect(cardBody(doc, "a")).toBeInstanceOf(Y.XmlFragment);
  });

  it("validates before writing anything", () => {
    const doc = new Y.Doc();
    expect(() => addCard(doc, "a", { kind: "constat", title: "", ...author }, 1)).toThrow(/required:cardTitle/);
    expect(() => updateCard(doc, "a", { title: "x".repeat(300) }, 1)).toThrow(/tooLong:cardTitle/);
    expect(listCards(doc)).toEqual([]);
  });

  it("updates and deletes, and says when the card is gone", () => {
    const doc = new Y.Doc();
    addCard(doc, "a", { kind: "constat", title: "Avant", ...author }, 1);
    expect(updateCard(doc, "a", { title: "Après", kind: "ressource" }, 5)).toBe(true);
    expect(listCards(doc)[0]).toMatchObject({ title: "Après", kind: "ressource", updatedAt: 5, createdAt: 1 });
    expect(deleteCard(doc, "a")).toBe(true);
    expect(deleteCard(doc, "a")).toBe(false);
    expect(updateCard(doc, "a", { title: "Fantôme" }, 6)).toBe(false);
  });

  it("keeps both cards when two people add at the same place at once", () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    addCard(one, "from-one", { kind: "besoin", title: "Un", ...author }, 1);
    addCard(two, "from-two", { kind: "besoin", title: "Deux", ...author }, 1);
    sync(one, two);
    expect(listCards(one)).toEqual(listCards(two));
    expect(listCards(one).map((c) => c.id)).toEqual(["from-one", "from-two"]);
  });

  it("skips a malformed card instead of failing the whole board", () => {
    const doc = new Y.Doc();
    addCard(doc, "ok", { kind: "besoin", title: "Bonne", ...author }, 1);
    doc.getMap("cards").set("bad", new Y.Map([["kind", "inconnu"]]));
    expect(listCards(doc).map((c) => c.id)).toEqual(["ok"]);
  });
});

describe("document layout upgrade", () => {
  it("stamps a new document with the current version once", () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on("afterTransaction", () => transactions++);
    upgradeDocument(doc, BOARD_LAYOUT);
    upgradeDocument(doc, BOARD_LAYOUT);
    expect(schemaVersionOf(doc)).toBe(BOARD_LAYOUT.version);
    expect(transactions).toBe(1);
  });

  it("runs each missing migration in order", () => {
    const doc = new Y.Doc();
    const ran: number[] = [];
    const layout = { kind: "board" as const, version: 3, migrations: { 2: () => ran.push(2), 3: () => ran.push(3) } };
    doc.getMap("meta").set("schemaVersion", 1);
    upgradeDocument(doc, layout);
    expect(ran).toEqual([2, 3]);
    expect(schemaVersionOf(doc)).toBe(3);
  });

  it("refuses a document written by a newer version", () => {
    const doc = new Y.Doc();
    doc.getMap("meta").set("schemaVersion", BOARD_LAYOUT.version + 1);
    expect(() => upgradeDocument(doc, BOARD_LAYOUT)).toThrow(/plus récente/);
  });
});
