import {
  type Commune,
  type ConventionLink,
  type Epci,
  type Party,
  type Period,
  type PeriodChangeRefusal,
  periodChangeRefusal,
  type Territory,
} from "@atelier/shared";
import { bilanYearsIn } from "./bilan-years.ts";
import type { SqlDatabase, SqlExecutor } from "./sql-database.ts";

export interface SpaceRecord {
  id: string;
  name: string;
  periodStart: number;
  periodEnd: number;
  territory: Territory;
  parties: Party[];
  facilitatorSecretHash: string;
  createdAt: number;
}

/** A key left out keeps what is stored; `territory.epci: null` removes the EPCI. */
export type SpaceChanges = Partial<Pick<SpaceRecord, "name" | "parties">> & {
  territory?: Partial<Territory>;
  period?: Period;
};

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

/** The conventions before and after a space's, as it names them. */
export interface ConventionLinks {
  previous: ConventionLink | null;
  next: ConventionLink | null;
}

/** The spaces and their boards. */
export interface SpaceStore {
  create(space: SpaceRecord, boards: BoardRecord[]): Promise<void>;
  /**
   * Makes `spaceId` the space that follows `previousSpaceId`'s convention, unless that one already has its following
   * space: returns whether it did (checked and written at once, the unique index behind, so that two requests cannot
   * both link one).
   */
  linkFollowing(previousSpaceId: string, spaceId: string): Promise<boolean>;
  conventionLinks(id: string): Promise<ConventionLinks>;
  get(id: string): Promise<SpaceRecord | undefined>;
  /** Forgets a space with its records and documents' snapshots: undoes an archive's import the store failed half-way. */
  delete(id: string): Promise<void>;
  /**
   * Writes the changes together, or none of them. A new period is checked (periodChangeRefusal) in the same
   * transaction as it is written, against the conventions linked then and the bilans kept then: refused, it is
   * answered and nothing changes.
   */
  update(id: string, changes: SpaceChanges): Promise<SpaceRecord | PeriodChangeRefusal | undefined>;
  replaceFacilitatorSecret(spaceId: string, facilitatorSecretHash: string): Promise<boolean>;
  /** In their order on the space, then as created. */
  listBoards(spaceId: string): Promise<BoardRecord[]>;
  addBoard(board: BoardRecord): Promise<void>;
  updateBoard(spaceId: string, boardId: string, changes: BoardChanges): Promise<BoardRecord | undefined>;
}

interface SpaceRow {
  id: string;
  name: string;
  period_start: number;
  period_end: number;
  epci: string;
  communes: string;
  parties: string;
  facilitator_secret_hash: string;
  created_at: number;
}

/** Stored JSON is read as written: it was valid then, and a later, stricter rule must not hide an existing space. */
function toSpace(row: SpaceRow): SpaceRecord {
  return {
    id: row.id,
    name: row.name,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    territory: { epci: JSON.parse(row.epci) as Epci | null, communes: JSON.parse(row.communes) as Commune[] },
    parties: JSON.parse(row.parties) as Party[],
    facilitatorSecretHash: row.facilitator_secret_hash,
    createdAt: row.created_at,
  };
}

interface LinkRow extends Pick<SpaceRow, "id" | "name" | "period_start" | "period_end"> {
  side: "previous" | "next";
}

/** Within a change of the period, or alone. */
async function conventionLinksIn(db: SqlExecutor, id: string): Promise<ConventionLinks> {
  const rows = await db.all<LinkRow>(
    `SELECT 'previous' AS side, p.id, p.name, p.period_start, p.period_end
       FROM spaces s JOIN spaces p ON p.id = s.previous_space_id WHERE s.id = ?
     UNION ALL
     SELECT 'next' AS side, id, name, period_start, period_end FROM spaces WHERE previous_space_id = ?`,
    [id, id],
  );
  const link = (side: LinkRow["side"]): ConventionLink | null => {
    const row = rows.find((candidate) => candidate.side === side);
    return row ? { id: row.id, name: row.name, period: { start: row.period_start, end: row.period_end } } : null;
  };
  return { previous: link("previous"), next: link("next") };
}

interface BoardRow {
  id: string;
  space_id: string;
  theme: string;
  description: string;
  position: number;
  archived: number;
  created_at: number;
}

function toBoard(row: BoardRow): BoardRecord {
  return {
    id: row.id,
    spaceId: row.space_id,
    theme: row.theme,
    description: row.description,
    position: row.position,
    archived: row.archived === 1,
    createdAt: row.created_at,
  };
}

/** Within a space's creation or alone. */
async function insertBoard(db: SqlExecutor, board: BoardRecord): Promise<void> {
  await db.run(
    "INSERT INTO boards (id, space_id, theme, description, position, archived, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    [board.id, board.spaceId, board.theme, board.description, board.position, board.archived ? 1 : 0, board.createdAt],
  );
}

export class SqlSpaceStore implements SpaceStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async create(space: SpaceRecord, boards: BoardRecord[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO spaces (id, name, period_start, period_end, epci, communes, parties, facilitator_secret_hash,
             created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          space.id,
          space.name,
          space.periodStart,
          space.periodEnd,
          JSON.stringify(space.territory.epci),
          JSON.stringify(space.territory.communes),
          JSON.stringify(space.parties),
          space.facilitatorSecretHash,
          space.createdAt,
        ],
      );
      for (const board of boards) await insertBoard(tx, board);
    });
  }

  async linkFollowing(previousSpaceId: string, spaceId: string): Promise<boolean> {
    try {
      const linked = await this.db.run(
        `UPDATE spaces SET previous_space_id = ?
           WHERE id = ? AND NOT EXISTS (SELECT 1 FROM spaces WHERE previous_space_id = ?)`,
        [previousSpaceId, spaceId, previousSpaceId],
      );
      return linked.changes > 0;
    } catch (error) {
      // In PostgreSQL a concurrent link waits for the first to commit, then the unique index turns it away.
      const { next } = await this.conventionLinks(previousSpaceId);
      if (next && next.id !== spaceId) return false;
      throw error;
    }
  }

  async conventionLinks(id: string): Promise<ConventionLinks> {
    return conventionLinksIn(this.db, id);
  }

  async delete(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Not LIKE: an id may hold "_", which LIKE reads as any character.
      const prefix = `space/${id}/`;
      await tx.run(`DELETE FROM document_snapshots WHERE substr(name, 1, ${prefix.length}) = ?`, [prefix]);
      await tx.run("DELETE FROM spaces WHERE id = ?", [id]);
    });
  }

  async get(id: string): Promise<SpaceRecord | undefined> {
    const row = await this.db.get<SpaceRow>("SELECT * FROM spaces WHERE id = ?", [id]);
    return row && toSpace(row);
  }

  async update(id: string, changes: SpaceChanges): Promise<SpaceRecord | PeriodChangeRefusal | undefined> {
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
    return this.db.transaction(async (tx) => {
      if (changes.period) {
        const refusal = await this.periodRefusal(tx, id, changes.period);
        if (refusal !== null) return refusal;
      }
      const row = await tx.get<SpaceRow>(
        `UPDATE spaces SET
             name = COALESCE(?, name),
             period_start = COALESCE(?, period_start),
             period_end = COALESCE(?, period_end),
             epci = COALESCE(?, epci),
             communes = COALESCE(?, communes),
             parties = COALESCE(?, parties)
           WHERE id = ?
           RETURNING *`,
        [
          changes.name ?? null,
          changes.period?.start ?? null,
          changes.period?.end ?? null,
          json(changes.territory?.epci),
          json(changes.territory?.communes),
          json(changes.parties),
          id,
        ],
      );
      return row && toSpace(row);
    });
  }

  /**
   * Why the space's period may not become `period`, read within its change. On PostgreSQL the space and the
   * conventions linked to it are locked first (in one order, so that two changes never wait on each other): a change
   * of a linked convention's period waits for this one, then reads it. SQLite runs one transaction at a time.
   */
  private async periodRefusal(tx: SqlExecutor, id: string, period: Period): Promise<PeriodChangeRefusal | null> {
    if (this.db.kind === "postgres") {
      await tx.all(
        `SELECT id FROM spaces
           WHERE id = ? OR previous_space_id = ? OR id = (SELECT previous_space_id FROM spaces WHERE id = ?)
           ORDER BY id FOR UPDATE`,
        [id, id, id],
      );
    }
    const space = await tx.get<Pick<SpaceRow, "period_start" | "period_end">>(
      "SELECT period_start, period_end FROM spaces WHERE id = ?",
      [id],
    );
    // An unknown space: the update finds nothing to change either.
    if (!space) return null;
    const links = await conventionLinksIn(tx, id);
    const current = { start: space.period_start, end: space.period_end };
    return periodChangeRefusal(current, period, { ...links, bilanYears: await bilanYearsIn(tx, id) });
  }

  async replaceFacilitatorSecret(spaceId: string, facilitatorSecretHash: string): Promise<boolean> {
    const updated = await this.db.run("UPDATE spaces SET facilitator_secret_hash = ? WHERE id = ?", [
      facilitatorSecretHash,
      spaceId,
    ]);
    return updated.changes === 1;
  }

  async listBoards(spaceId: string): Promise<BoardRecord[]> {
    const rows = await this.db.all<BoardRow>("SELECT * FROM boards WHERE space_id = ? ORDER BY position, created_at", [
      spaceId,
    ]);
    return rows.map(toBoard);
  }

  async addBoard(board: BoardRecord): Promise<void> {
    await insertBoard(this.db, board);
  }

  async updateBoard(spaceId: string, boardId: string, changes: BoardChanges): Promise<BoardRecord | undefined> {
    const row = await this.db.get<BoardRow>(
      `UPDATE boards SET
           theme = COALESCE(?, theme),
           description = COALESCE(?, description),
           archived = COALESCE(?, archived)
         WHERE space_id = ? AND id = ?
         RETURNING *`,
      [
        changes.theme ?? null,
        changes.description ?? null,
        changes.archived === undefined ? null : changes.archived ? 1 : 0,
        spaceId,
        boardId,
      ],
    );
    return row && toBoard(row);
  }
}
