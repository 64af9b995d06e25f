import { randomBytes } from "node:crypto";
import {
  boardDocumentName,
  cardById,
  listAxes,
  listFiches,
  type PublicPage,
  planDocumentName,
  publicPage,
  publicSources,
  sourceKey,
} from "@atelier/shared";
import type { DocumentWriter } from "../collab/document-writer.ts";
import { today } from "../governance/governance-service.ts";
import { type Outcome, refused } from "../outcome.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { Store } from "../store/store.ts";

/** 128 random bits: the page's address is all that guards it, and it says nothing of the space. */
const newSlug = () => randomBytes(16).toString("base64url");

/**
 * The page "Ce que nous avons retenu" of a space: facilitators publish it under a random slug, and anyone with that
 * address reads what the plan keeps of the habitants' contributions, without an account.
 */
export class PublicPageService {
  private readonly spaces: SpaceService;
  private readonly store: Store;
  private readonly writer: DocumentWriter;

  constructor(spaces: SpaceService, store: Store, writer: DocumentWriter) {
    this.spaces = spaces;
    this.store = store;
    this.writer = writer;
  }

  async status(spaceId: string): Promise<{ slug: string | null }> {
    return { slug: (await this.store.publicPages.find(spaceId))?.slug ?? null };
  }

  async publish(spaceId: string): Promise<{ slug: string }> {
    const { slug } = await this.store.publicPages.publish(spaceId, { slug: newSlug(), publishedAt: Date.now() });
    return { slug };
  }

  /** Its address then answers 404: a QR code already printed leads nowhere. */
  async unpublish(spaceId: string): Promise<void> {
    await this.store.publicPages.unpublish(spaceId);
  }

  /** `currentYear`: the year under way in France by the server's clock, unless a test fixes it. */
  async read(slug: string, currentYear = Number(today().slice(0, 4))): Promise<Outcome<PublicPage>> {
    const spaceId = await this.store.publicPages.spaceOf(slug);
    const space = spaceId === undefined ? undefined : await this.spaces.find(spaceId);
    if (!space) return refused(404, "pageNotPublished");
    const { axes, fiches } = await this.writer.transact(planDocumentName(space.id), (doc) => ({
      axes: listAxes(doc),
      fiches: listFiches(doc),
    }));
    const cited = publicSources(fiches);
    const habitantCards = new Map<string, string>();
    for (const board of space.boards) {
      const sources = cited.filter((source) => source.boardId === board.id);
      if (sources.length === 0) continue;
      // Read where the card lives now: a card withdrawn, or erased with its author, has left the page too.
      await this.writer.transact(boardDocumentName(space.id, board.id), (doc) => {
        for (const source of sources) {
          const card = cardById(doc, source.cardId);
          if (card?.authorRole === "habitant") habitantCards.set(sourceKey(source), card.title);
        }
      });
    }
    const bilan = await this.store.bilan.listEntries(space.id);
    return { ok: true, value: publicPage({ space, axes, fiches, habitantCards, bilan, currentYear }) };
  }
}
