import {
  boardDocumentName,
  cardBody,
  designatedCards,
  markPromoted,
  type PromotionRequest,
  PromotionRequestSchema,
  type PromotionResult,
  planDocumentName,
  promotedFicheId,
  promotedText,
  receivePromotion,
  sourceRefs,
} from "@atelier/shared";
import type { DocumentWriter } from "../collab/document-writer.ts";
import { type Outcome, refused } from "../outcome.ts";
import type { SpaceService } from "../spaces/space-service.ts";

/**
 * Promotion of agreed cards into the space's action plan, done by the server for a facilitator. The fiche's id
 * derives from the cards, so a promotion repeated (twice, from two tabs, through two instances) lands in one
 * fiche. The plan is written first, then the cards are marked: should the second step fail, repeating the
 * promotion completes it without a second fiche.
 */
export class PromotionService {
  private readonly spaces: SpaceService;
  private readonly writer: DocumentWriter;

  constructor(spaces: SpaceService, writer: DocumentWriter) {
    this.spaces = spaces;
    this.writer = writer;
  }

  /** `now`: the promotion's day, today but for the demo, whose consultation took place before its 2021 signature. */
  async promote(spaceId: string, input: PromotionRequest, now = Date.now()): Promise<Outcome<PromotionResult>> {
    const request = PromotionRequestSchema.parse(input);
    const board = await this.spaces.findBoard(spaceId, request.boardId);
    if (!board) return refused(404, "boardUnknown");
    const boardName = boardDocumentName(spaceId, board.id);
    const read = await this.writer.transact(boardName, (doc) => {
      const cards = designatedCards(doc, request);
      // Copied while the board is at hand: the plan is another document, written afterwards.
      return (
        cards && {
          cards,
          texts: new Map(cards.map((card) => [card.id, promotedText(card.title, cardBody(doc, card.id))])),
        }
      );
    });
    if (!read) return refused(404, "clusterUnknown");
    const { cards: designated, texts } = read;
    const ready = designated.filter((card) => card.status !== "draft");
    if (ready.length === 0) {
      return refused(409, "noCardRetained");
    }
    // Cards already in one fiche: repeating their promotion merges into it rather than starting another.
    const [earlier, ...others] = new Set(ready.flatMap((card) => (card.promotedTo ? [card.promotedTo] : [])));
    const ficheId =
      "ficheId" in request.target
        ? request.target.ficheId
        : earlier !== undefined && others.length === 0
          ? earlier
          : promotedFicheId(board.id, ready);
    const cards = ready.filter((card) => card.promotedTo === undefined || card.promotedTo === ficheId);
    const create =
      "ficheId" in request.target
        ? null
        : {
            title: request.target.title ?? cards[0]?.title ?? board.theme,
            axisId: request.target.axisId,
            themes: [board.theme],
          };
    const received = await this.writer.transact(planDocumentName(spaceId), (plan) =>
      receivePromotion(plan, ficheId, create, sourceRefs(cards, board.id, board.theme, now), texts, now),
    );
    if (!received) return refused(404, "ficheUnknown");
    const marked = await this.writer.transact(boardName, (doc) =>
      markPromoted(
        doc,
        cards.map((card) => card.id),
        ficheId,
        now,
      ),
    );
    return { ok: true, value: { ficheId, created: received.created, cardIds: marked } };
  }
}
