import type { CardKind } from "@atelier/shared";
import type { SqlDatabase } from "./sql-database.ts";

/** A habitant's contribution held for moderation, until a facilitator accepts or rejects it. */
export interface PendingContributionRecord {
  id: string;
  spaceId: string;
  boardId: string;
  participantId: string;
  authorName: string;
  kind: CardKind;
  title: string;
  body: string;
  createdAt: number;
}

/** The contributions of moderated invitations, waiting on their board for a facilitator. */
export interface ContributionStore {
  add(contribution: PendingContributionRecord): Promise<void>;
  /** Oldest first; only what `participantId` sent when given. */
  list(spaceId: string, boardId: string, participantId?: string): Promise<PendingContributionRecord[]>;
  /** Removes and returns it, so that two facilitators accepting at once publish it once. */
  take(spaceId: string, boardId: string, id: string): Promise<PendingContributionRecord | undefined>;
}

interface PendingRow {
  id: string;
  space_id: string;
  board_id: string;
  participant_id: string;
  author_name: string;
  kind: CardKind;
  title: string;
  body: string;
  created_at: number;
}

function toPending(row: PendingRow): PendingContributionRecord {
  return {
    id: row.id,
    spaceId: row.space_id,
    boardId: row.board_id,
    participantId: row.participant_id,
    authorName: row.author_name,
    kind: row.kind,
    title: row.title,
    body: row.body,
    createdAt: row.created_at,
  };
}

export class SqlContributionStore implements ContributionStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async add(contribution: PendingContributionRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO pending_contributions (id, space_id, board_id, participant_id, author_name, kind, title, body, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        contribution.id,
        contribution.spaceId,
        contribution.boardId,
        contribution.participantId,
        contribution.authorName,
        contribution.kind,
        contribution.title,
        contribution.body,
        contribution.createdAt,
      ],
    );
  }

  async list(spaceId: string, boardId: string, participantId?: string): Promise<PendingContributionRecord[]> {
    const author =
      participantId === undefined
        ? { sql: "", params: [] }
        : { sql: " AND participant_id = ?", params: [participantId] };
    const rows = await this.db.all<PendingRow>(
      `SELECT * FROM pending_contributions WHERE space_id = ? AND board_id = ?${author.sql} ORDER BY created_at, id`,
      [spaceId, boardId, ...author.params],
    );
    return rows.map(toPending);
  }

  async take(spaceId: string, boardId: string, id: string): Promise<PendingContributionRecord | undefined> {
    const row = await this.db.get<PendingRow>(
      "DELETE FROM pending_contributions WHERE space_id = ? AND board_id = ? AND id = ? RETURNING *",
      [spaceId, boardId, id],
    );
    return row && toPending(row);
  }
}
