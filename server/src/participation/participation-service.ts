import {
  addCard,
  boardDocumentName,
  type Contribution,
  ContributionSchema,
  cardById,
  deleteCard,
  eraseParticipantFromBoard,
  opensBoard,
  type ParticipationRefusal,
  type PendingContributionView,
  placeVote,
  type Role,
  readBoardSettings,
  removeVote,
  votesLeft,
  writeBodyText,
} from "@atelier/shared";
import type * as Y from "yjs";
import type { DocumentWriter } from "../collab/document-writer.ts";
import { type Outcome, refused } from "../outcome.ts";
import type { Access, AccessService } from "../spaces/access-service.ts";
import { newId } from "../spaces/secrets.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { PendingContributionRecord } from "../store/contribution-store.ts";
import type { BoardRecord } from "../store/space-store.ts";
import type { Store } from "../store/store.ts";

/** Each refusal's status (shared/src/participation-refusals.ts lists the codes, shared/src/refusals.ts words them). */
const STATUSES: Record<
  Exclude<ParticipationRefusal, "tooManyFromYou" | "tooManyFromLink" | "kindNotAllowed">,
  403 | 404 | 409 | 423
> = {
  closed: 409,
  cardGone: 409,
  budgetSpent: 409,
  noVoteToRemove: 409,
  boardUnknown: 404,
  boardNotOpened: 403,
  boardArchived: 409,
  boardLocked: 423,
  contributionGone: 404,
  notYourContribution: 403,
};

/** The throttles' codes are the routes' (participation-routes.ts); the card kind's is sent with the kind named. */
const refusal = (code: keyof typeof STATUSES) => refused(STATUSES[code], code);

interface Author {
  participantId: string;
  name: string;
  role: Role;
}

/** A contribution becomes a card with its text as inert paragraphs, written by the server for its author. */
function publish(
  doc: Y.Doc,
  fields: { kind: Contribution["kind"]; title: string; body: string },
  author: Author,
  cardId: string,
  now: number,
) {
  doc.transact(() => {
    addCard(
      doc,
      cardId,
      {
        kind: fields.kind,
        title: fields.title,
        authorId: author.participantId,
        authorName: author.name,
        authorRole: author.role,
      },
      now,
    );
    writeBodyText(doc, cardId, fields.body);
  });
  return cardId;
}

function lockedFor(doc: Y.Doc, role: Role): boolean {
  return role !== "facilitator" && readBoardSettings(doc).locked;
}

/**
 * What habitants do from their phone, over HTTP: contribute, withdraw their own contributions, vote. Each request
 * is checked against the token's access (boards, card kinds, moderation) and the board's state (archived, locked,
 * vote open) before the server writes it into the document; their WebSocket stays read-only.
 */
export class ParticipationService {
  private readonly spaces: SpaceService;
  private readonly store: Store;
  private readonly writer: DocumentWriter;
  private readonly access: AccessService;

  constructor(spaces: SpaceService, store: Store, writer: DocumentWriter, access: AccessService) {
    this.spaces = spaces;
    this.store = store;
    this.writer = writer;
    this.access = access;
  }

  /**
   * Erases a participant (RGPD), at their request or a facilitator's: their token, name and pending
   * contributions, and their cards and votes on every board of the space, archived ones included.
   */
  async erase(spaceId: string, participantId: string): Promise<Outcome<{ cards: number; votes: number }>> {
    if (!(await this.access.forget(spaceId, participantId))) return refused(404, "participantNotFound");
    const erased = { cards: 0, votes: 0 };
    for (const board of (await this.spaces.find(spaceId))?.boards ?? []) {
      const counts = await this.writer.transact(boardDocumentName(spaceId, board.id), (doc) =>
        eraseParticipantFromBoard(doc, participantId),
      );
      erased.cards += counts.cards;
      erased.votes += counts.votes;
    }
    return { ok: true, value: erased };
  }

  /** `now`: when it was sent, today but for the demo, whose habitants wrote in the autumn of 2021. */
  async contribute(
    access: Access,
    boardId: string,
    input: Contribution,
    now = Date.now(),
  ): Promise<Outcome<{ cardId: string; status: "published" | "pending" }>> {
    const board = await this.openBoard(access, boardId);
    if (!board.ok) return board;
    const fields = ContributionSchema.parse(input);
    if (access.kinds && !access.kinds.includes(fields.kind)) {
      return refused(403, "kindNotAllowed", { kind: fields.kind });
    }
    const author = {
      participantId: access.participantId,
      name: access.displayName ?? "Participant",
      role: access.role,
    };
    if (access.moderated) {
      const pending: PendingContributionRecord = {
        id: newId(),
        spaceId: access.spaceId,
        boardId,
        participantId: author.participantId,
        authorName: author.name,
        ...fields,
        createdAt: now,
      };
      await this.store.contributions.add(pending);
      return { ok: true, value: { cardId: pending.id, status: "pending" } };
    }
    return this.writer.transact(boardDocumentName(access.spaceId, boardId), (doc) => {
      if (lockedFor(doc, access.role)) return refusal("boardLocked");
      return { ok: true, value: { cardId: publish(doc, fields, author, newId(), now), status: "published" } } as const;
    });
  }

  async withdraw(access: Access, boardId: string, cardId: string): Promise<Outcome<null>> {
    const board = await this.openBoard(access, boardId);
    if (!board.ok) return board;
    return this.writer.transact(boardDocumentName(access.spaceId, boardId), (doc) => {
      const card = cardById(doc, cardId);
      if (!card) return refusal("contributionGone");
      if (card.authorId !== access.participantId) return refusal("notYourContribution");
      if (lockedFor(doc, access.role)) return refusal("boardLocked");
      deleteCard(doc, cardId);
      return { ok: true, value: null } as const;
    });
  }

  async vote(access: Access, boardId: string, cardId: string): Promise<Outcome<{ votesLeft: number }>> {
    const board = await this.openBoard(access, boardId);
    if (!board.ok) return board;
    return this.writer.transact(boardDocumentName(access.spaceId, boardId), (doc) => {
      const refusedVote = placeVote(doc, access.participantId, cardId, newId());
      if (refusedVote) return refusal(refusedVote);
      return { ok: true, value: { votesLeft: votesLeft(doc, access.participantId) } } as const;
    });
  }

  async unvote(access: Access, boardId: string, cardId: string): Promise<Outcome<{ votesLeft: number }>> {
    const board = await this.openBoard(access, boardId);
    if (!board.ok) return board;
    return this.writer.transact(boardDocumentName(access.spaceId, boardId), (doc) => {
      if (!removeVote(doc, access.participantId, cardId)) return refusal("noVoteToRemove");
      return { ok: true, value: { votesLeft: votesLeft(doc, access.participantId) } } as const;
    });
  }

  /** The caller's contributions to this board still awaiting moderation: the author is the token's, never asked. */
  async ownPending(access: Access, boardId: string): Promise<Outcome<PendingContributionView[]>> {
    const board = await this.visibleBoard(access, boardId);
    if (!board.ok) return board;
    return { ok: true, value: await this.pending(access.spaceId, boardId, access.participantId) };
  }

  async pending(spaceId: string, boardId: string, participantId?: string): Promise<PendingContributionView[]> {
    const records = await this.store.contributions.list(spaceId, boardId, participantId);
    return records.map(({ id, boardId: board, kind, title, body, authorName, createdAt }) => ({
      id,
      boardId: board,
      kind,
      title,
      body,
      authorName,
      createdAt,
    }));
  }

  /** `now`: when the facilitator let it onto the board (see `contribute`). */
  async accept(
    spaceId: string,
    boardId: string,
    pendingId: string,
    now = Date.now(),
  ): Promise<Outcome<{ cardId: string }>> {
    const pending = await this.store.contributions.take(spaceId, boardId, pendingId);
    if (!pending) return refused(404, "contributionNotPending");
    const author = { participantId: pending.participantId, name: pending.authorName, role: "habitant" as const };
    // The card keeps the id its author was given when sending: their page knows it as soon as the board shows it.
    const cardId = await this.writer.transact(boardDocumentName(spaceId, boardId), (doc) =>
      publish(doc, pending, author, pending.id, now),
    );
    return { ok: true, value: { cardId } };
  }

  async reject(spaceId: string, boardId: string, pendingId: string): Promise<Outcome<null>> {
    const pending = await this.store.contributions.take(spaceId, boardId, pendingId);
    return pending ? { ok: true, value: null } : refused(404, "contributionNotPending");
  }

  /** The board must exist in the token's space and be one its link opens. */
  private async visibleBoard(access: Access, boardId: string): Promise<Outcome<BoardRecord>> {
    const board = await this.spaces.findBoard(access.spaceId, boardId);
    if (!board) return refusal("boardUnknown");
    if (!opensBoard(access, boardId)) return refusal("boardNotOpened");
    return { ok: true, value: board };
  }

  /** A board to write on: visible to the token, and still active. */
  private async openBoard(access: Access, boardId: string): Promise<Outcome<null>> {
    const board = await this.visibleBoard(access, boardId);
    if (!board.ok) return board;
    if (board.value.archived) return refusal("boardArchived");
    return { ok: true, value: null };
  }
}
