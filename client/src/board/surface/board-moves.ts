import {
  boardLayoutView,
  CLUSTER_COLORS,
  type Cluster,
  createCluster,
  groupCards,
  listClusters,
  moveCard,
  type NewCluster,
} from "@atelier/shared";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { newId } from "../new-id.ts";
import type { DropTarget } from "./drop-target.ts";

/**
 * Every change the board surface makes to the layout, written with the shared domain functions only, so that
 * order keys and concurrent moves follow the rules the server and the other clients follow. Indices are taken from
 * the whole board, not from what this page shows: filters and hidden mode leave other people's cards in place.
 */

/** Numbered after the others, in the first colour not in use yet. */
function newClusterFields(existing: Cluster[]): { id: string } & NewCluster {
  const names = new Set(existing.map((cluster) => cluster.name));
  let number = existing.length + 1;
  while (names.has(t.surface.defaultClusterName(number))) number++;
  const used = new Set(existing.map((cluster) => cluster.color));
  const color = CLUSTER_COLORS.find((candidate) => !used.has(candidate)) ?? CLUSTER_COLORS[0];
  return { id: newId(), name: t.surface.defaultClusterName(number), color };
}

/** The cards of a lane (null: the loose cards) in board order. */
function laneCards(doc: Y.Doc, clusterId: string | null): string[] {
  const view = boardLayoutView(doc);
  const cards = clusterId === null ? view.loose : view.clusters.find((entry) => entry.cluster.id === clusterId)?.cards;
  return (cards ?? []).map((card) => card.id);
}

function clusterOf(doc: Y.Doc, cardId: string): string | null | undefined {
  const view = boardLayoutView(doc);
  if (view.loose.some((card) => card.id === cardId)) return null;
  return view.clusters.find((entry) => entry.cards.some((card) => card.id === cardId))?.cluster.id;
}

/** Moves a card to `index` in a lane unless it is there already, so that a drop in place leaves no change to undo. */
function placeCard(doc: Y.Doc, cardId: string, clusterId: string | null, index: number): void {
  const lane = laneCards(doc, clusterId);
  const current = lane.indexOf(cardId);
  const others = lane.filter((id) => id !== cardId);
  if (current !== -1 && current === Math.min(index, others.length)) return;
  moveCard(doc, cardId, clusterId, index);
}

function moveToLane(doc: Y.Doc, cardId: string, clusterId: string | null): void {
  placeCard(doc, cardId, clusterId, Number.POSITIVE_INFINITY);
}

/** One step up (-1) or down (+1) among the cards of its lane. */
export function shiftCard(doc: Y.Doc, cardId: string, step: -1 | 1): void {
  const clusterId = clusterOf(doc, cardId);
  if (clusterId === undefined) return;
  const index = laneCards(doc, clusterId).indexOf(cardId);
  if (index + step >= 0) placeCard(doc, cardId, clusterId, index + step);
}

function groupWith(doc: Y.Doc, targetId: string, cardId: string): string | undefined {
  return groupCards(doc, targetId, cardId, newClusterFields(listClusters(doc)));
}

/** A new cluster, holding the card when there is one; returns its id. */
export function startCluster(doc: Y.Doc, cardId: string | null): string {
  const fields = newClusterFields(listClusters(doc));
  doc.transact(() => {
    createCluster(doc, fields.id, fields);
    if (cardId !== null) moveCard(doc, cardId, fields.id, 0);
  });
  return fields.id;
}

/** Applies a drop; returns the cluster the card ends in (null: loose), or undefined when nothing could be done. */
export function dropCard(doc: Y.Doc, cardId: string, target: DropTarget): string | null | undefined {
  switch (target.kind) {
    case "new-cluster":
      return startCluster(doc, cardId);
    case "group":
      return groupWith(doc, target.cardId, cardId);
    case "end":
      moveToLane(doc, cardId, target.clusterId);
      return target.clusterId;
    default: {
      const others = laneCards(doc, target.clusterId).filter((id) => id !== cardId);
      const at = others.indexOf(target.cardId);
      if (at === -1) return undefined;
      placeCard(doc, cardId, target.clusterId, target.kind === "after" ? at + 1 : at);
      return target.clusterId;
    }
  }
}
