import { addCard, boardLayoutView, listClusters } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { dropCard, shiftCard, startCluster } from "../src/board/surface/board-moves.ts";
import { t } from "../src/i18n/text.ts";

const group = (number: number) => t.surface.defaultClusterName(number);

const author = { authorId: "facilitator", authorName: "Anne", authorRole: "facilitator" } as const;

function board(...titles: string[]): Y.Doc {
  const doc = new Y.Doc();
  for (const title of titles) addCard(doc, title, { kind: "constat", title, ...author }, 1);
  return doc;
}

function lanes(doc: Y.Doc) {
  const view = boardLayoutView(doc);
  return {
    loose: view.loose.map((card) => card.id),
    clusters: view.clusters.map((entry) => [entry.cluster.name, entry.cards.map((card) => card.id)]),
  };
}

describe("the board surface's moves", () => {
  it("group two loose cards into a new numbered cluster, then add to it and reorder", () => {
    const doc = board("a", "b", "c");
    const cluster = dropCard(doc, "b", { kind: "group", cardId: "a" });
    expect(cluster).toBeTypeOf("string");
    expect(lanes(doc).clusters).toEqual([[group(1), ["a", "b"]]]);
    dropCard(doc, "c", { kind: "before", cardId: "a", clusterId: cluster as string });
    expect(lanes(doc).clusters).toEqual([[group(1), ["c", "a", "b"]]]);
    shiftCard(doc, "c", 1);
    expect(lanes(doc).clusters).toEqual([[group(1), ["a", "c", "b"]]]);
    dropCard(doc, "a", { kind: "end", clusterId: null });
    expect(lanes(doc)).toEqual({ loose: ["a"], clusters: [[group(1), ["c", "b"]]] });
  });

  it("name and colour each new cluster apart from the existing ones", () => {
    const doc = board("a", "b");
    startCluster(doc, "a");
    startCluster(doc, null);
    const clusters = listClusters(doc);
    expect(clusters.map((cluster) => cluster.name).sort()).toEqual([group(1), group(2)]);
    expect(new Set(clusters.map((cluster) => cluster.color)).size).toBe(2);
  });

  it("leave nothing to undo when a card is dropped where it already is", () => {
    const doc = board("a", "b");
    const cluster = startCluster(doc, "a");
    dropCard(doc, "b", { kind: "end", clusterId: cluster });
    const before = Y.encodeStateVector(doc);
    dropCard(doc, "b", { kind: "after", cardId: "a", clusterId: cluster });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(dropCard(doc, "b", { kind: "before", cardId: "missing", clusterId: cluster })).toBeUndefined();
  });
});
