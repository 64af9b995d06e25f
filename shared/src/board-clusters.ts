import * as Y from "yjs";
import { z } from "zod/mini";
import { boardCardMaps, listCards } from "./board-document.ts";
import type { Card } from "./card.ts";
import { compareByOrder, orderKeyAt, orderKeyBetween } from "./ordering.ts";
import { problem } from "./problems.ts";

/** Colours a facilitator can give a cluster; the client maps each to a palette that keeps text contrast. */
export const CLUSTER_COLORS = ["bleu", "vert", "orange", "violet", "rose", "jaune", "turquoise", "gris"] as const;
export type ClusterColor = (typeof CLUSTER_COLORS)[number];

export const CLUSTER_NAME_MAX = 80;

export const ClusterNameSchema = z
  .string({ error: problem("notText", "clusterName") })
  .check(
    z.trim(),
    z.minLength(1, problem("required", "clusterName")),
    z.maxLength(CLUSTER_NAME_MAX, problem("tooLong", "clusterName")),
  );

export const ClusterSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: ClusterNameSchema,
  color: z.enum(CLUSTER_COLORS, { error: problem("clusterColorUnknown") }),
  order: z.string().check(z.minLength(1)),
});
export type Cluster = z.infer<typeof ClusterSchema>;

export function boardClusterMaps(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap("clusters");
}

export function readCluster(id: string, map: Y.Map<unknown>): Cluster | undefined {
  const parsed = ClusterSchema.safeParse({ id, ...map.toJSON() });
  return parsed.success ? parsed.data : undefined;
}

export function listClusters(doc: Y.Doc): Cluster[] {
  const clusters: Cluster[] = [];
  boardClusterMaps(doc).forEach((map, id) => {
    const cluster = readCluster(id, map);
    if (cluster) clusters.push(cluster);
  });
  return clusters.sort(compareByOrder);
}

/**
 * Where each card sits. A card whose cluster was removed at the same time as someone moved it there falls back to
 * the loose cards: every card is shown exactly once, whatever the interleaving of moves and ungroupings.
 */
export interface BoardLayoutView {
  clusters: { cluster: Cluster; cards: Card[] }[];
  loose: Card[];
}

export function boardLayoutView(doc: Y.Doc, cards: Card[] = listCards(doc)): BoardLayoutView {
  const clusters = listClusters(doc).map((cluster) => ({ cluster, cards: [] as Card[] }));
  const byId = new Map(clusters.map((entry) => [entry.cluster.id, entry.cards]));
  const loose: Card[] = [];
  for (const card of [...cards].sort(compareByOrder)) {
    const home = card.cluster === null ? undefined : byId.get(card.cluster);
    (home ?? loose).push(card);
  }
  return { clusters, loose };
}

/** The cards now in a cluster (null: the loose cards), in order, leaving out the card being moved. */
function siblings(doc: Y.Doc, cluster: string | null, except: string): Card[] {
  const view = boardLayoutView(doc);
  const cards = cluster === null ? view.loose : view.clusters.find((entry) => entry.cluster.id === cluster)?.cards;
  return (cards ?? []).filter((card) => card.id !== except);
}

/**
 * Moves a card to `index` among the cards of `cluster` (null: loose cards). Only the moved card's own cluster and
 * order key change, so two people moving different cards never disturb each other.
 */
export function moveCard(doc: Y.Doc, cardId: string, cluster: string | null, index: number): boolean {
  const map = boardCardMaps(doc).get(cardId);
  if (!map) return false;
  if (cluster !== null && !boardClusterMaps(doc).has(cluster)) return false;
  const others = siblings(doc, cluster, cardId);
  const order = orderKeyAt(others, Math.max(0, Math.min(index, others.length)));
  doc.transact(() => {
    map.set("cluster", cluster);
    map.set("order", order);
  });
  return true;
}

export interface NewCluster {
  name: string;
  color: ClusterColor;
}

/** Adds an empty cluster after the others. Throws a ZodError naming the bad field. */
export function createCluster(doc: Y.Doc, id: string, input: NewCluster): Cluster {
  const last = listClusters(doc).at(-1);
  const cluster = ClusterSchema.parse({ id, ...input, order: orderKeyBetween(last?.order ?? null, null) });
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    map.set("name", cluster.name);
    map.set("color", cluster.color);
    map.set("order", cluster.order);
    boardClusterMaps(doc).set(id, map);
  });
  return cluster;
}

/**
 * Dropping a card on another groups them: into the target's cluster when it has one, right after it; otherwise
 * into a new cluster holding the target then the dropped card. Returns the cluster both cards now share.
 */
export function groupCards(
  doc: Y.Doc,
  targetId: string,
  droppedId: string,
  newCluster: { id: string } & NewCluster,
): string | undefined {
  const target = boardCardMaps(doc).get(targetId);
  if (!target || !boardCardMaps(doc).has(droppedId) || targetId === droppedId) return undefined;
  const existing = target.get("cluster");
  if (typeof existing === "string" && boardClusterMaps(doc).has(existing)) {
    const index = siblings(doc, existing, droppedId).findIndex((card) => card.id === targetId) + 1;
    moveCard(doc, droppedId, existing, index);
    return existing;
  }
  doc.transact(() => {
    createCluster(doc, newCluster.id, newCluster);
    moveCard(doc, targetId, newCluster.id, 0);
    moveCard(doc, droppedId, newCluster.id, 1);
  });
  return newCluster.id;
}

export function updateCluster(doc: Y.Doc, id: string, patch: Partial<NewCluster>): boolean {
  const map = boardClusterMaps(doc).get(id);
  if (!map) return false;
  const fields = z.partial(z.pick(ClusterSchema, { name: true, color: true })).parse(patch);
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
  });
  return true;
}

/** Removes a cluster; its cards go back to the loose cards, after those already there, in the cluster's order. */
export function ungroupCluster(doc: Y.Doc, id: string): boolean {
  if (!boardClusterMaps(doc).has(id)) return false;
  const members = boardLayoutView(doc).clusters.find((entry) => entry.cluster.id === id)?.cards ?? [];
  doc.transact(() => {
    for (const card of members) moveCard(doc, card.id, null, Number.POSITIVE_INFINITY);
    boardClusterMaps(doc).delete(id);
  });
  return true;
}
