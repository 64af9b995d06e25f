import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  boardLayoutView,
  createCluster,
  groupCards,
  moveCard,
  ungroupCluster,
  updateCluster,
} from "../src/board-clusters.ts";
import { addCard } from "../src/board-document.ts";

const author = { authorId: "p-1", authorName: "Camille", authorRole: "partner" } as const;

function boardWith(...ids: string[]) {
  const doc = new Y.Doc();
  for (const id of ids) addCard(doc, id, { kind: "besoin", title: id, ...author }, 1);
  return doc;
}

function shape(doc: Y.Doc) {
  const view = boardLayoutView(doc);
  return {
    clusters: view.clusters.map((entry) => [entry.cluster.name, entry.cards.map((card) => card.id)]),
    loose: view.loose.map((card) => card.id),
  };
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe("board clusters", () => {
  it("groups a card dropped on a loose card into a new cluster, then on a clustered card into its cluster", () => {
    const doc = boardWith("a", "b", "c", "d");
    expect(groupCards(doc, "b", "d", { id: "k1", name: "Garde", color: "vert" })).toBe("k1");
    expect(groupCards(doc, "b", "a", { id: "k2", name: "Inutile", color: "bleu" })).toBe("k1");
    expect(shape(doc)).toEqual({ clusters: [["Garde", ["b", "a", "d"]]], loose: ["c"] });
  });

  it("moves within and between clusters by index", () => {
    const doc = boardWith("a", "b", "c");
    createCluster(doc, "k", { name: "Mobilité", color: "bleu" });
    moveCard(doc, "c", "k", 0);
    moveCard(doc, "a", "k", 0);
    moveCard(doc, "b", "k", 1);
    expect(shape(doc).clusters).toEqual([["Mobilité", ["a", "b", "c"]]]);
    moveCard(doc, "a", "k", 99);
    expect(shape(doc).clusters).toEqual([["Mobilité", ["b", "c", "a"]]]);
    moveCard(doc, "c", null, 0);
    expect(shape(doc)).toEqual({ clusters: [["Mobilité", ["b", "a"]]], loose: ["c"] });
    expect(moveCard(doc, "c", "missing", 0)).toBe(false);
  });

  it("renames, recolours and ungroups, the cards going back to the loose ones", () => {
    const doc = boardWith("a", "b", "c");
    groupCards(doc, "a", "b", { id: "k", name: "Avant", color: "rose" });
    updateCluster(doc, "k", { name: "Après", color: "jaune" });
    expect(boardLayoutView(doc).clusters[0]?.cluster).toMatchObject({ name: "Après", color: "jaune" });
    expect(() => updateCluster(doc, "k", { name: " " })).toThrow(/required:clusterName/);
    ungroupCluster(doc, "k");
    expect(shape(doc)).toEqual({ clusters: [], loose: ["c", "a", "b"] });
  });

  it("shows a card moved into a cluster that someone else ungrouped at the same time among the loose cards", () => {
    const one = boardWith("a", "b", "c");
    groupCards(one, "a", "b", { id: "k", name: "Groupe", color: "vert" });
    const two = new Y.Doc();
    sync(one, two);
    ungroupCluster(one, "k");
    moveCard(two, "c", "k", 0);
    sync(one, two);
    expect(shape(one)).toEqual(shape(two));
    expect(shape(one).clusters).toEqual([]);
    expect([...shape(one).loose].sort()).toEqual(["a", "b", "c"]);
  });
});
