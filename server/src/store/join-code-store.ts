import type { SqlDatabase } from "./sql-database.ts";

/** A short code standing for one invitation link: only its hash is kept, as for tokens. */
export interface JoinCodeRecord {
  id: string;
  spaceId: string;
  invitationId: string;
  codeHash: string;
  expiresAt: number;
  withdrawnAt: number | null;
  createdAt: number;
}

/** The codes of each space's invitation links. */
export interface JoinCodeStore {
  /** Codes are drawn from 31^8: two alike (the hash is unique) would fail the insert rather than share a row. */
  create(code: JoinCodeRecord): Promise<void>;
  findByCodeHash(codeHash: string): Promise<JoinCodeRecord | undefined>;
  /** The space's codes neither withdrawn nor expired at `now`, oldest first. */
  listLive(spaceId: string, now: number): Promise<JoinCodeRecord[]>;
  /** Forgets the codes of every space that expired before `before`: a code typed then is only unknown. */
  purgeExpired(before: number): Promise<void>;
  /** Keeps the first withdrawal's time when withdrawn again. */
  withdraw(spaceId: string, id: string, at: number): Promise<JoinCodeRecord | undefined>;
}

interface JoinCodeRow {
  id: string;
  space_id: string;
  invitation_id: string;
  code_hash: string;
  expires_at: number;
  withdrawn_at: number | null;
  created_at: number;
}

function toJoinCode(row: JoinCodeRow): JoinCodeRecord {
  return {
    id: row.id,
    spaceId: row.space_id,
    invitationId: row.invitation_id,
    codeHash: row.code_hash,
    expiresAt: row.expires_at,
    withdrawnAt: row.withdrawn_at,
    createdAt: row.created_at,
  };
}

export class SqlJoinCodeStore implements JoinCodeStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async create(code: JoinCodeRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO join_codes (id, space_id, invitation_id, code_hash, expires_at, withdrawn_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [code.id, code.spaceId, code.invitationId, code.codeHash, code.expiresAt, code.withdrawnAt, code.createdAt],
    );
  }

  async findByCodeHash(codeHash: string): Promise<JoinCodeRecord | undefined> {
    const row = await this.db.get<JoinCodeRow>("SELECT * FROM join_codes WHERE code_hash = ?", [codeHash]);
    return row && toJoinCode(row);
  }

  async listLive(spaceId: string, now: number): Promise<JoinCodeRecord[]> {
    const rows = await this.db.all<JoinCodeRow>(
      `SELECT * FROM join_codes WHERE space_id = ? AND withdrawn_at IS NULL AND expires_at > ?
         ORDER BY created_at, id`,
      [spaceId, now],
    );
    return rows.map(toJoinCode);
  }

  async purgeExpired(before: number): Promise<void> {
    await this.db.run("DELETE FROM join_codes WHERE expires_at < ?", [before]);
  }

  async withdraw(spaceId: string, id: string, at: number): Promise<JoinCodeRecord | undefined> {
    const row = await this.db.get<JoinCodeRow>(
      "UPDATE join_codes SET withdrawn_at = COALESCE(withdrawn_at, ?) WHERE space_id = ? AND id = ? RETURNING *",
      [at, spaceId, id],
    );
    return row && toJoinCode(row);
  }
}
