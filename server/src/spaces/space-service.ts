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
  type SpacePatch,
  SpacePatchSchema,
  type SpaceView,
} from "@atelier/shared";
import { type Outcome, refused } from "../outcome.ts";
import type { BoardRecord, SpaceRecord } from "../store/space-store.ts";
import type { Store } from "../store/store.ts";
import { hashSecret, newId, newSecret } from "./secrets.ts";

function boardView(board: BoardRecord): BoardView {
  return {
    id: board.id,
    theme: board.theme,
    description: board.description,
    archived: board.archived,
    documentName: boardDocumentName(board.spaceId, board.id),
  };
}

function spaceView(space: SpaceRecord, boards: BoardRecord[]): SpaceView {
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

/** Spaces, their thematic boards and who may enter them. */
export class SpaceService {
  private readonly store: Store;
  private readonly boardChangeListeners = new Set<(board: BoardRecord) => void>();

  constructor(store: Store) {
    this.store = store;
  }

  async create(input: CreateSpace): Promise<CreatedSpaceView> {
    const now = Date.now();
    const facilitatorSecret = newSecret();
    const space: SpaceRecord = {
      id: newId(),
      name: input.name,
      periodStart: input.period.start,
      periodEnd: input.period.end,
      territory: EMPTY_TERRITORY,
      parties: [],
      facilitatorSecretHash: hashSecret(facilitatorSecret),
      createdAt: now,
    };
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
    return { ...spaceView(space, boards), facilitatorSecret };
  }

  async find(spaceId: string): Promise<SpaceView | undefined> {
    const space = await this.store.spaces.get(spaceId);
    return space && spaceView(space, await this.store.spaces.listBoards(spaceId));
  }

  /** Renames the space, sets its territory or its signatories (facilitators). */
  async update(spaceId: string, input: SpacePatch): Promise<Outcome<SpaceView>> {
    const space = await this.store.spaces.update(spaceId, SpacePatchSchema.parse(input));
    if (!space) return refused(404, "spaceNotFound");
    return { ok: true, value: spaceView(space, await this.store.spaces.listBoards(spaceId)) };
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
