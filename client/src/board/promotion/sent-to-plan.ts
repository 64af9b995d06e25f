import type { Card } from "@atelier/shared";

/** Where a group's kept cards went, once every one of them is in the plan: nothing is left to send from it. */
export interface SentToPlan {
  /** The fiche the first of them went into, when the card says so (cards promoted by older versions do not). */
  ficheId: string | null;
}

export function sentToPlan(cards: readonly Card[]): SentToPlan | null {
  const kept = cards.filter((card) => card.status !== "draft");
  if (kept.length === 0 || kept.some((card) => card.status !== "promoted")) return null;
  return { ficheId: kept.find((card) => card.promotedTo)?.promotedTo ?? null };
}
