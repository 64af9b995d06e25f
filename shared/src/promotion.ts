import type * as Y from "yjs";
import { z } from "zod/mini";
import { boardLayoutView } from "./board-clusters.ts";
import { cardById, listCards, writeCardFields } from "./board-document.ts";
import type { Card } from "./card.ts";
import type { SourceRef } from "./fiche.ts";
import { addSources, createFiche, ficheDescription, planFiches } from "./plan-document.ts";
import { problem } from "./problems.ts";
import { objectErrors } from "./validation.ts";

export const PromotionRequestSchema = z
  .strictObject(
    {
      boardId: z.string({ error: problem("required", "boardId") }).check(z.minLength(1), z.maxLength(64)),
      cardIds: z.optional(
        z
          .array(z.string().check(z.minLength(1), z.maxLength(64)))
          .check(z.minLength(1, problem("cardsMissing")), z.maxLength(500)),
      ),
      clusterId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
      /** An existing fiche to merge into, or the axis (null: none yet) and title of a new one. */
      target: z.union([
        z.strictObject({ ficheId: z.string().check(z.minLength(1), z.maxLength(64)) }),
        z.strictObject({
          axisId: z.nullable(z.string().check(z.maxLength(64))),
          title: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
        }),
      ]),
    },
    { error: objectErrors("promotionNotObject") },
  )
  .check(
    z.refine((request) => (request.cardIds === undefined) !== (request.clusterId === undefined), {
      message: problem("promotionOneSource"),
    }),
  );
export type PromotionRequest = z.infer<typeof PromotionRequestSchema>;

/** The cards a request designates on the board, in board order; undefined when the cluster does not exist. */
export function designatedCards(board: Y.Doc, request: PromotionRequest): Card[] | undefined {
  if (request.clusterId !== undefined) {
    return boardLayoutView(board).clusters.find((entry) => entry.cluster.id === request.clusterId)?.cards;
  }
  const wanted = new Set(request.cardIds);
  return listCards(board).filter((card) => wanted.has(card.id));
}

/**
 * The id of the fiche that a set of cards becomes. It is derived from the cards, so that the same promotion sent
 * twice, from two tabs or two server instances at once, writes the same fiche instead of two.
 */
export function promotedFicheId(boardId: string, cards: readonly { id: string }[]): string {
  const first = cards.map((card) => card.id).sort()[0] ?? "";
  return `f-${boardId}-${first}`.slice(0, 64);
}

export function sourceRefs(cards: Card[], boardId: string, theme: string, now: number): SourceRef[] {
  return cards.map((card, rank) => ({
    boardId,
    cardId: card.id,
    kind: card.kind,
    title: card.title,
    theme,
    promotedAt: now,
    rank,
  }));
}

/**
 * Creates the fiche (if it does not exist yet) or merges into it; returns whether it was created. Each card new to
 * the fiche appends its text (promotedText, by card id) to the description; a card already among its sources adds
 * nothing, so a promotion repeated does not repeat the text.
 */
export function receivePromotion(
  plan: Y.Doc,
  ficheId: string,
  create: { title: string; axisId: string | null; themes: string[] } | null,
  refs: SourceRef[],
  texts: ReadonlyMap<string, Y.XmlElement[]>,
  now: number,
): { created: boolean } | undefined {
  let created = false;
  plan.transact(() => {
    if (!planFiches(plan).has(ficheId) && create) {
      createFiche(plan, ficheId, create, now);
      created = true;
    }
    const added = addSources(plan, ficheId, refs) ?? [];
    const description = ficheDescription(plan, ficheId);
    const blocks = added.flatMap((ref) => texts.get(ref.cardId) ?? []);
    if (description && blocks.length > 0) description.insert(description.length, blocks);
  });
  return planFiches(plan).has(ficheId) ? { created } : undefined;
}

/** Marks the cards promoted into the fiche; cards promoted elsewhere since are left as they are. */
export function markPromoted(board: Y.Doc, cardIds: string[], ficheId: string, now: number): string[] {
  const marked: string[] = [];
  board.transact(() => {
    for (const id of cardIds) {
      const card = cardById(board, id);
      if (!card || (card.promotedTo !== undefined && card.promotedTo !== ficheId)) continue;
      writeCardFields(board, id, { status: "promoted", promotedTo: ficheId }, now);
      marked.push(id);
    }
  });
  return marked;
}
