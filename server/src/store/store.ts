/**
 * The persistence interface. SQLite implements it by default; PostgreSQL and others plug in behind it.
 * Documents are kept as a snapshot plus an append-only log of the updates accepted since.
 */
export interface SpaceRecord {
  id: string;
  name: string;
  periodStart: number;
  periodEnd: number;
  facilitatorSecretHash: string;
  createdAt: number;
}

export interface BoardRecord {
  id: string;
  spaceId: string;
  theme: string;
  description: string;
  position: number;
  archived: boolean;
  createdAt: number;
}

export type BoardChanges = Partial<Pick<BoardRecord, "theme" | "description" | "archived">>;

export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Id of the newest logged update, 0 when the log is empty. */
  lastUpdateId: number;
}

export interface StoreHealth {
  kind: string;
  ok: boolean;
  error?: string;
}

export interface Store {
  readonly kind: string;
  createSpace(space: SpaceRecord, boards: BoardRecord[]): Promise<void>;
  getSpace(id: string): Promise<SpaceRecord | undefined>;
  listBoards(spaceId: string): Promise<BoardRecord[]>;
  addBoard(board: BoardRecord): Promise<void>;
  updateBoard(spaceId: string, boardId: string, changes: BoardChanges): Promise<BoardRecord | undefined>;

  loadDocument(name: string): Promise<StoredDocument>;
  /** Durably appends one accepted update and returns its id in the log. */
  appendUpdate(name: string, update: Uint8Array): Promise<number>;
  /** Replaces the snapshot and drops the logged updates it covers (ids up to `throughUpdateId`). */
  compactDocument(name: string, snapshot: Uint8Array, throughUpdateId: number): Promise<void>;

  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
