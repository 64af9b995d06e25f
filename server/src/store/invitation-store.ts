import type { CardKind, InvitedRole } from "@atelier/shared";
import type { SqlDatabase } from "./sql-database.ts";

export interface InvitationRecord {
  id: string;
  spaceId: string;
  role: InvitedRole;
  label: string;
  tokenHash: string;
  boardIds: string[] | null;
  kinds: CardKind[] | null;
  moderated: boolean;
  expiresAt: number | null;
  maxUses: number | null;
  uses: number;
  revokedAt: number | null;
  createdAt: number;
}

/** A person who joined through an invitation; their personal token's hash identifies them. */
export interface ParticipantRecord {
  id: string;
  spaceId: string;
  invitationId: string;
  displayName: string;
  organisation: string;
  tokenHash: string;
  createdAt: number;
}

/** The invitations of each space and the participants they admitted. */
export interface InvitationStore {
  create(invitation: InvitationRecord): Promise<void>;
  /** Oldest first. */
  list(spaceId: string): Promise<InvitationRecord[]>;
  get(spaceId: string, id: string): Promise<InvitationRecord | undefined>;
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | undefined>;
  /** Keeps the first revocation's time when revoked again. */
  revoke(spaceId: string, id: string, at: number): Promise<InvitationRecord | undefined>;
  /**
   * Atomically counts one more use of a usable invitation and records the participant it admits; false (and
   * nothing written) when the invitation is revoked, expired at `now` or used up.
   */
  admit(participant: ParticipantRecord, now: number): Promise<boolean>;
  findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | undefined>;
  /** Oldest first, each with the role their invitation gave. */
  listParticipants(spaceId: string): Promise<(ParticipantRecord & { role: InvitedRole })[]>;
  /** Forgets a participant and whatever of theirs waits for moderation; returns whether they existed. */
  deleteParticipant(spaceId: string, participantId: string): Promise<boolean>;
}

interface InvitationRow {
  id: string;
  space_id: string;
  role: InvitedRole;
  label: string;
  token_hash: string;
  board_ids: string | null;
  kinds: string | null;
  moderated: number;
  expires_at: number | null;
  max_uses: number | null;
  uses: number;
  revoked_at: number | null;
  created_at: number;
}

function toInvitation(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    spaceId: row.space_id,
    role: row.role,
    label: row.label,
    tokenHash: row.token_hash,
    boardIds: row.board_ids === null ? null : (JSON.parse(row.board_ids) as string[]),
    kinds: row.kinds === null ? null : (JSON.parse(row.kinds) as CardKind[]),
    moderated: row.moderated === 1,
    expiresAt: row.expires_at,
    maxUses: row.max_uses,
    uses: row.uses,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}

interface ParticipantRow {
  id: string;
  space_id: string;
  invitation_id: string;
  display_name: string;
  organisation: string;
  token_hash: string;
  created_at: number;
}

function toParticipant(row: ParticipantRow): ParticipantRecord {
  return {
    id: row.id,
    spaceId: row.space_id,
    invitationId: row.invitation_id,
    displayName: row.display_name,
    organisation: row.organisation,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
  };
}

export class SqlInvitationStore implements InvitationStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async create(invitation: InvitationRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO invitations (id, space_id, role, label, token_hash, board_ids, kinds, moderated, expires_at, max_uses,
           uses, revoked_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        invitation.id,
        invitation.spaceId,
        invitation.role,
        invitation.label,
        invitation.tokenHash,
        invitation.boardIds === null ? null : JSON.stringify(invitation.boardIds),
        invitation.kinds === null ? null : JSON.stringify(invitation.kinds),
        invitation.moderated ? 1 : 0,
        invitation.expiresAt,
        invitation.maxUses,
        invitation.uses,
        invitation.revokedAt,
        invitation.createdAt,
      ],
    );
  }

  async list(spaceId: string): Promise<InvitationRecord[]> {
    const rows = await this.db.all<InvitationRow>(
      "SELECT * FROM invitations WHERE space_id = ? ORDER BY created_at, id",
      [spaceId],
    );
    return rows.map(toInvitation);
  }

  async get(spaceId: string, id: string): Promise<InvitationRecord | undefined> {
    const row = await this.db.get<InvitationRow>("SELECT * FROM invitations WHERE space_id = ? AND id = ?", [
      spaceId,
      id,
    ]);
    return row && toInvitation(row);
  }

  async findByTokenHash(tokenHash: string): Promise<InvitationRecord | undefined> {
    const row = await this.db.get<InvitationRow>("SELECT * FROM invitations WHERE token_hash = ?", [tokenHash]);
    return row && toInvitation(row);
  }

  async revoke(spaceId: string, id: string, at: number): Promise<InvitationRecord | undefined> {
    const row = await this.db.get<InvitationRow>(
      "UPDATE invitations SET revoked_at = COALESCE(revoked_at, ?) WHERE space_id = ? AND id = ? RETURNING *",
      [at, spaceId, id],
    );
    return row && toInvitation(row);
  }

  async admit(participant: ParticipantRecord, now: number): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const counted = await tx.run(
        `UPDATE invitations SET uses = uses + 1
           WHERE id = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)
             AND (max_uses IS NULL OR uses < max_uses)`,
        [participant.invitationId, now],
      );
      if (counted.changes !== 1) return false;
      await tx.run(
        `INSERT INTO participants (id, space_id, invitation_id, display_name, organisation, token_hash, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          participant.id,
          participant.spaceId,
          participant.invitationId,
          participant.displayName,
          participant.organisation,
          participant.tokenHash,
          participant.createdAt,
        ],
      );
      return true;
    });
  }

  async findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | undefined> {
    const row = await this.db.get<ParticipantRow>("SELECT * FROM participants WHERE token_hash = ?", [tokenHash]);
    return row && toParticipant(row);
  }

  async listParticipants(spaceId: string): Promise<(ParticipantRecord & { role: InvitedRole })[]> {
    const rows = await this.db.all<ParticipantRow & { role: InvitedRole }>(
      `SELECT participants.*, invitations.role FROM participants
         JOIN invitations ON invitations.id = participants.invitation_id
         WHERE participants.space_id = ? ORDER BY participants.created_at, participants.id`,
      [spaceId],
    );
    return rows.map((row) => ({ ...toParticipant(row), role: row.role }));
  }

  async deleteParticipant(spaceId: string, participantId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // The table of contribution-store.ts: what of theirs waits for moderation goes with them.
      await tx.run("DELETE FROM pending_contributions WHERE space_id = ? AND participant_id = ?", [
        spaceId,
        participantId,
      ]);
      const deleted = await tx.run("DELETE FROM participants WHERE space_id = ? AND id = ?", [spaceId, participantId]);
      return deleted.changes === 1;
    });
  }
}
