import {
  type BoardPatch,
  type BoardView,
  boardDocumentName,
  type CreatedSpaceView,
  type CreateSpace,
  DEFAULT_THEMES,
  EMPTY_TERRITORY,
  type NewBoard,
  planDocumentName,
  type Renewal,
  renewalRefusal,
  type SpacePatch,
  SpacePatchSchema,
  type SpaceView,
} from "@atelier/shared";
import { type Outcome, refused } from "../outcome.ts";
import type { BoardRecord, ConventionLinks, SpaceRecord } from "../store/space-store.ts";
import type { Store } from "../store/store.ts";
import { hashSecret, newId, newSecret } from "./secrets.ts";
import { carriedBoards, carryTerritoryKnowledge, unsignedParties } from "./space-renewal.ts";

const NO_LINKS: ConventionLinks = { previous: null, next: null };

/**
 * A space as its own records give it: what `find` answers to the many that need its boards, period or territory.
 * The conventions linked to it are for those who answer the whole SpaceView (`withLinks`).
 */
export type FoundSpace = Omit<SpaceView, keyof ConventionLinks>;

function boardView(board: BoardRecord): BoardView {
  return {
    id: board.id,
    theme: board.theme,
    description: board.description,
    archived: board.archived,
    documentName: boardDocumentName(board.spaceId, board.id),
  };
}

/** A space's record with its facilitator secret, which only its hash is kept of and is answered once. */
function newSpace(
  input: CreateSpace,
  { territory, parties }: Pick<SpaceRecord, "territory" | "parties">,
  now: number,
): { space: SpaceRecord; facilitatorSecret: string } {
  const facilitatorSecret = newSecret();
  const space: SpaceRecord = {
    id: newId(),
    name: input.name,
    periodStart: input.period.start,
    periodEnd: input.period.end,
    territory,
    parties,
    facilitatorSecretHash: hashSecret(facilitatorSecret),
    createdAt: now,
  };
  return { space, facilitatorSecret };
}

function foundSpace(space: SpaceRecord, boards: BoardRecord[]): FoundSpace {
  return {
    id: space.id,
    name: space.name,
    period: { start: space.periodStart, end: space.periodEnd },
    territory: space.territory,
    parties: space.parties,
    boards: boards.map(boardView),
    plan: { documentName: planDocumentName(space.id) },
  };
}

function spaceView(space: SpaceRecord, boards: BoardRecord[], links: ConventionLinks): SpaceView {
  return { ...foundSpace(space, boards), previous: links.previous, next: links.next };
}

/** Spaces, their thematic boards and who may enter them. */
export class SpaceService {
  private readonly store: Store;
  private readonly boardChangeListeners = new Set<(board: BoardRecord) => void>();

  constructor(store: Store) {
    this.store = store;
  }

  async create(input: CreateSpace): Promise<CreatedSpaceView> {
    const now = Date.now();
    const { space, facilitatorSecret } = newSpace(input, { territory: EMPTY_TERRITORY, parties: [] }, now);
    const boards = DEFAULT_THEMES.map(
      (seed, position): BoardRecord => ({
        id: newId(),
        spaceId: space.id,
        ...seed,
        position,
        archived: false,
        createdAt: now,
      }),
    );
    await this.store.spaces.create(space, boards);
    return { ...spaceView(space, boards, NO_LINKS), facilitatorSecret };
  }

  /**
   * Prepares the convention that follows this space's (facilitators): a new space, with its own facilitator secret
   * returned once, that starts from the territory, the signatories, the indicators, the services and the thematic
   * groups of this one. Its cards, plan, meetings, bilans and participants stay with the convention they belong to.
   */
  async renew(spaceId: string, input: Renewal): Promise<Outcome<CreatedSpaceView>> {
    const previous = await this.store.spaces.get(spaceId);
    if (!previous) return refused(404, "spaceNotFound");
    const { next } = await this.store.spaces.conventionLinks(spaceId);
    if (next) return refused(409, "alreadyRenewed", { name: next.name });
    const overlap = renewalRefusal({ start: previous.periodStart, end: previous.periodEnd }, input.period);
    if (overlap) return refused(400, overlap.code, overlap.params);
    const now = Date.now();
    const carried = { territory: previous.territory, parties: unsignedParties(previous.parties) };
    const { space, facilitatorSecret } = newSpace(input, carried, now);
    const boards = carriedBoards(await this.store.spaces.listBoards(spaceId), space.id, now);
    // Linked last, once whole: a next convention cut short (the process stopping half-way) is left unlinked, and the
    // previous one may be renewed again.
    await this.store.spaces.create(space, boards);
    try {
      await carryTerritoryKnowledge(this.store, spaceId, space.id, now);
      if (!(await this.store.spaces.linkFollowing(spaceId, space.id))) {
        // Another request prepared it between the check above and this one.
        await this.store.spaces.delete(space.id);
        const { next: created } = await this.store.spaces.conventionLinks(spaceId);
        return refused(409, "alreadyRenewed", { name: created?.name ?? input.name });
      }
      // A change of the previous convention's period made since the check above found no next convention to keep
      // clear of: checked again, now that it has one.
      const { previous: linked } = await this.store.spaces.conventionLinks(space.id);
      const late = linked && renewalRefusal(linked.period, input.period);
      if (late) {
        await this.store.spaces.delete(space.id);
        return refused(400, late.code, late.params);
      }
    } catch (error) {
      await this.store.spaces.delete(space.id);
      throw error;
    }
    const links: ConventionLinks = {
      previous: {
        id: previous.id,
        name: previous.name,
        period: { start: previous.periodStart, end: previous.periodEnd },
      },
      next: null,
    };
    return { ok: true, value: { ...spaceView(space, boards, links), facilitatorSecret } };
  }

  /** The space without the conventions linked to it, which most of its readers have no use for (`withLinks`). */
  async find(spaceId: string): Promise<FoundSpace | undefined> {
    const space = await this.store.spaces.get(spaceId);
    if (!space) return undefined;
    return foundSpace(space, await this.store.spaces.listBoards(spaceId));
  }

  /** The space found, with the conventions before and after it: the SpaceView the API answers. */
  async withLinks(space: FoundSpace): Promise<SpaceView> {
    return { ...space, ...(await this.store.spaces.conventionLinks(space.id)) };
  }

  /**
   * Renames the space, changes its period, sets its territory or its signatories (facilitators): all of them, or
   * none when the period is refused (the store checks it as it writes it).
   */
  async update(spaceId: string, input: SpacePatch): Promise<Outcome<SpaceView>> {
    const space = await this.store.spaces.update(spaceId, SpacePatchSchema.parse(input));
    if (!space) return refused(404, "spaceNotFound");
    if ("code" in space) return refused(400, space.code, space.params);
    const [boards, links] = await Promise.all([
      this.store.spaces.listBoards(spaceId),
      this.store.spaces.conventionLinks(spaceId),
    ]);
    return { ok: true, value: spaceView(space, boards, links) };
  }

  async addBoard(spaceId: string, input: NewBoard): Promise<BoardView> {
    const boards = await this.store.spaces.listBoards(spaceId);
    const board: BoardRecord = {
      id: newId(),
      spaceId,
      theme: input.theme,
      description: input.description,
      position: Math.max(-1, ...boards.map((b) => b.position)) + 1,
      archived: false,
      createdAt: Date.now(),
    };
    await this.store.spaces.addBoard(board);
    return boardView(board);
  }

  async updateBoard(spaceId: string, boardId: string, patch: BoardPatch): Promise<BoardView | undefined> {
    const board = await this.store.spaces.updateBoard(spaceId, boardId, patch);
    if (board) for (const listener of this.boardChangeListeners) listener(board);
    return board && boardView(board);
  }

  /** Called after a board's record changes (archived or restored), so that open connections follow at once. */
  onBoardChange(listener: (board: BoardRecord) => void): void {
    this.boardChangeListeners.add(listener);
  }

  async findBoard(spaceId: string, boardId: string): Promise<BoardRecord | undefined> {
    return (await this.store.spaces.listBoards(spaceId)).find((board) => board.id === boardId);
  }
}
