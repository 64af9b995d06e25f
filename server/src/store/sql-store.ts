import type { CardKind, Commune, Epci, InvitedRole, Party } from "@atelier/shared";
import { type BilanStore, SqlBilanStore } from "./bilan-store.ts";
import { type GovernanceStore, SqlGovernanceStore } from "./governance-store.ts";
import { type PublicPageStore, SqlPublicPageStore } from "./public-page-store.ts";
import { type SatisfactionStore, SqlSatisfactionStore } from "./satisfaction-store.ts";
import { type SignatureStore, SqlSignatureStore } from "./signature-store.ts";
import type { SqlDatabase, SqlExecutor } from "./sql-database.ts";
import { SqlUpdateLog } from "./sql-update-log.ts";
import type {
  BoardChanges,
  BoardRecord,
  IndicatorRecord,
  InvitationRecord,
  LoggedUpdate,
  ParticipantRecord,
  PendingContributionRecord,
  PlanVersionRecord,
  SpaceChanges,
  SpaceRecord,
  Store,
  StoredDocument,
} from "./store.ts";
import { SqlTerritoryServicesStore, type TerritoryServicesStore } from "./territory-services-store.ts";
import type { UpdateLog } from "./update-log.ts";

/**
 * Each entry upgrades the schema by one version. Written for SQLite; PostgreSQL gets the same with its type names
 * (see postgres-database.ts). Never edit a shipped entry.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE spaces (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     period_start INTEGER NOT NULL,
     period_end INTEGER NOT NULL,
     facilitator_secret_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE boards (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     theme TEXT NOT NULL,
     description TEXT NOT NULL,
     position INTEGER NOT NULL,
     archived INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX boards_by_space ON boards(space_id, position);
   CREATE TABLE document_snapshots (
     name TEXT PRIMARY KEY,
     state BLOB NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE document_updates (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     name TEXT NOT NULL,
     update_data BLOB NOT NULL
   );
   CREATE INDEX document_updates_by_name ON document_updates(name, id);`,
  `CREATE TABLE invitations (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     role TEXT NOT NULL,
     label TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     board_ids TEXT,
     kinds TEXT,
     moderated INTEGER NOT NULL DEFAULT 0,
     expires_at INTEGER,
     max_uses INTEGER,
     uses INTEGER NOT NULL DEFAULT 0,
     revoked_at INTEGER,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX invitations_by_space ON invitations(space_id, created_at);
   CREATE TABLE participants (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     invitation_id TEXT NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
     display_name TEXT NOT NULL,
     organisation TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX participants_by_space ON participants(space_id);
   CREATE TABLE pending_contributions (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
     participant_id TEXT NOT NULL,
     author_name TEXT NOT NULL,
     kind TEXT NOT NULL,
     title TEXT NOT NULL,
     body TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX pending_by_board ON pending_contributions(space_id, board_id, created_at);
   CREATE TABLE meetings (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     date TEXT NOT NULL,
     kind TEXT NOT NULL,
     title TEXT NOT NULL,
     decisions TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX meetings_by_space ON meetings(space_id, date);
   CREATE TABLE plan_versions (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     label TEXT NOT NULL,
     meeting_id TEXT REFERENCES meetings(id),
     created_at INTEGER NOT NULL,
     state BLOB NOT NULL,
     fiches_json TEXT NOT NULL
   );
   CREATE INDEX plan_versions_by_space ON plan_versions(space_id, created_at);
   CREATE TABLE indicators (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     label TEXT NOT NULL,
     theme TEXT NOT NULL,
     year INTEGER NOT NULL,
     unit TEXT NOT NULL,
     source TEXT NOT NULL,
     territoire REAL,
     departement REAL,
     france REAL,
     updated_at INTEGER NOT NULL,
     UNIQUE (space_id, label, theme, year)
   );`,
  // The territory and the signatories, as JSON: always read and replaced whole. The EPCI and the communes are apart
  // so that two facilitators changing one each do not undo the other's change.
  `ALTER TABLE spaces ADD COLUMN epci TEXT NOT NULL DEFAULT 'null';
   ALTER TABLE spaces ADD COLUMN communes TEXT NOT NULL DEFAULT '[]';
   ALTER TABLE spaces ADD COLUMN parties TEXT NOT NULL DEFAULT '[]';`,
  // Meetings as editable records, with structured decisions (NULL for those recorded before: their free text stays
  // in \`decisions\`), and the démarche's retro-planning and re-opened steps.
  `ALTER TABLE meetings ADD COLUMN place TEXT NOT NULL DEFAULT '';
   ALTER TABLE meetings ADD COLUMN agenda TEXT NOT NULL DEFAULT '';
   ALTER TABLE meetings ADD COLUMN board_id TEXT;
   ALTER TABLE meetings ADD COLUMN attendees TEXT NOT NULL DEFAULT '[]';
   ALTER TABLE meetings ADD COLUMN decision_list TEXT;
   ALTER TABLE meetings ADD COLUMN updated_at INTEGER;
   CREATE TABLE demarche_planning (
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     step TEXT NOT NULL,
     planned_on TEXT NOT NULL,
     PRIMARY KEY (space_id, step)
   );
   CREATE TABLE demarche_reopenings (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     step TEXT NOT NULL,
     reason TEXT NOT NULL,
     reopened_on TEXT NOT NULL,
     recorded_at INTEGER NOT NULL
   );
   CREATE INDEX demarche_reopenings_by_space ON demarche_reopenings(space_id, reopened_on);`,
  // The signed convention: which version was signed, when and by whom. A withdrawn signature is kept with its reason;
  // the partial index lets only one be in force per space.
  `CREATE TABLE plan_signatures (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     version_id TEXT NOT NULL REFERENCES plan_versions(id) ON DELETE CASCADE,
     signed_on TEXT NOT NULL,
     signatories TEXT NOT NULL,
     meeting_id TEXT REFERENCES meetings(id),
     recorded_at INTEGER NOT NULL,
     withdrawn_at INTEGER,
     withdrawal_reason TEXT
   );
   CREATE UNIQUE INDEX plan_signatures_in_force ON plan_signatures(space_id) WHERE withdrawn_at IS NULL;`,
  // The partners' yearly satisfaction questionnaires. Answers have no respondent and no time, and a random id:
  // nothing stored ties one to who gave it (satisfaction-store.ts).
  `CREATE TABLE satisfaction_questionnaires (
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     year INTEGER NOT NULL,
     questions TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     opened_at INTEGER NOT NULL,
     closed_at INTEGER,
     PRIMARY KEY (space_id, year)
   );
   CREATE TABLE satisfaction_answers (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     scores TEXT NOT NULL,
     comment TEXT NOT NULL,
     FOREIGN KEY (space_id, year) REFERENCES satisfaction_questionnaires(space_id, year) ON DELETE CASCADE
   );
   CREATE INDEX satisfaction_answers_by_questionnaire ON satisfaction_answers(space_id, year);`,
  // The yearly bilan: what each year says of each fiche (by the plan document's ids, which the SQL store does not
  // know), and the fiches' indicators read against a territorial figure.
  `CREATE TABLE bilan_entries (
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     year INTEGER NOT NULL,
     fiche_id TEXT NOT NULL,
     progress TEXT NOT NULL,
     assessment TEXT NOT NULL,
     difficulties TEXT NOT NULL,
     adjustments TEXT NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (space_id, year, fiche_id)
   );
   CREATE TABLE bilan_impacts (
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     fiche_id TEXT NOT NULL,
     indicator_id TEXT NOT NULL,
     territorial_indicator_id TEXT NOT NULL,
     PRIMARY KEY (space_id, fiche_id, indicator_id)
   );`,
  // The page "Ce que nous avons retenu" a space publishes for its habitants: its random slug is its public address.
  `CREATE TABLE public_pages (
     space_id TEXT PRIMARY KEY REFERENCES spaces(id) ON DELETE CASCADE,
     slug TEXT NOT NULL UNIQUE,
     published_at INTEGER NOT NULL
   );`,
  // The existing services of the territory (l'offre existante): the commune's name is kept as the territory gave it,
  // so that a service, and a card citing it, reads on its own.
  `CREATE TABLE territory_services (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     kind TEXT NOT NULL,
     name TEXT NOT NULL,
     commune_insee TEXT,
     commune_name TEXT,
     capacity INTEGER,
     manager TEXT NOT NULL,
     caf_funded INTEGER NOT NULL,
     note TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX territory_services_by_space ON territory_services(space_id, created_at);`,
];

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

interface IndicatorRow {
  id: string;
  space_id: string;
  label: string;
  theme: string;
  year: number;
  unit: string;
  source: string;
  territoire: number | null;
  departement: number | null;
  france: number | null;
  updated_at: number;
}

function toIndicator(row: IndicatorRow): IndicatorRecord {
  return {
    id: row.id,
    spaceId: row.space_id,
    label: row.label,
    theme: row.theme,
    year: row.year,
    unit: row.unit,
    source: row.source,
    values: { territoire: row.territoire, departement: row.departement, france: row.france },
    updatedAt: row.updated_at,
  };
}

interface PlanVersionRow {
  id: string;
  space_id: string;
  label: string;
  meeting_id: string | null;
  created_at: number;
  state?: Uint8Array;
  fiches_json?: string;
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

interface ParticipantRow {
  id: string;
  space_id: string;
  invitation_id: string;
  display_name: string;
  organisation: string;
  token_hash: string;
  created_at: number;
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

/** The store over a SQL database: SQLite by default, PostgreSQL when DATABASE_URL is set. */
export class SqlStore implements Store {
  readonly kind: string;
  readonly bilan: BilanStore;
  readonly governance: GovernanceStore;
  readonly publicPages: PublicPageStore;
  readonly signatures: SignatureStore;
  readonly satisfaction: SatisfactionStore;
  readonly territoryServices: TerritoryServicesStore;
  private readonly db: SqlDatabase;
  private readonly log: UpdateLog;

  private constructor(db: SqlDatabase, log: UpdateLog) {
    this.db = db;
    this.log = log;
    this.kind = db.kind;
    this.bilan = new SqlBilanStore(db);
    this.governance = new SqlGovernanceStore(db);
    this.publicPages = new SqlPublicPageStore(db);
    this.signatures = new SqlSignatureStore(db);
    this.satisfaction = new SqlSatisfactionStore(db);
    this.territoryServices = new SqlTerritoryServicesStore(db);
  }

  /**
   * Opens the store once the database's schema is up to date. The update log is the database's table unless
   * another is given; then what that table still holds (logged by an earlier version) moves to it first.
   */
  static async open(db: SqlDatabase, log?: UpdateLog): Promise<SqlStore> {
    await db.migrate(MIGRATIONS);
    const table = new SqlUpdateLog(db);
    if (log) await table.moveTo(log);
    return new SqlStore(db, log ?? table);
  }

  async createSpace(space: SpaceRecord, boards: BoardRecord[]): Promise<void> {
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
      for (const board of boards) await this.insertBoard(board, tx);
    });
  }

  async deleteSpace(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Not LIKE: an id may hold "_", which LIKE reads as any character.
      const prefix = `space/${id}/`;
      await tx.run(`DELETE FROM document_snapshots WHERE substr(name, 1, ${prefix.length}) = ?`, [prefix]);
      await tx.run("DELETE FROM spaces WHERE id = ?", [id]);
    });
  }

  async getSpace(id: string): Promise<SpaceRecord | undefined> {
    const row = (await this.db.get("SELECT * FROM spaces WHERE id = ?", [id])) as SpaceRow | undefined;
    return row && toSpace(row);
  }

  async updateSpace(id: string, changes: SpaceChanges): Promise<SpaceRecord | undefined> {
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
    const row = (await this.db.get(
      `UPDATE spaces SET
           name = COALESCE(?, name),
           epci = COALESCE(?, epci),
           communes = COALESCE(?, communes),
           parties = COALESCE(?, parties)
         WHERE id = ?
         RETURNING *`,
      [
        changes.name ?? null,
        json(changes.territory?.epci),
        json(changes.territory?.communes),
        json(changes.parties),
        id,
      ],
    )) as SpaceRow | undefined;
    return row && toSpace(row);
  }

  async listBoards(spaceId: string): Promise<BoardRecord[]> {
    const rows = (await this.db.all("SELECT * FROM boards WHERE space_id = ? ORDER BY position, created_at", [
      spaceId,
    ])) as unknown as BoardRow[];
    return rows.map(toBoard);
  }

  async addBoard(board: BoardRecord): Promise<void> {
    await this.insertBoard(board, this.db);
  }

  private async insertBoard(board: BoardRecord, db: SqlExecutor): Promise<void> {
    await db.run(
      "INSERT INTO boards (id, space_id, theme, description, position, archived, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      [
        board.id,
        board.spaceId,
        board.theme,
        board.description,
        board.position,
        board.archived ? 1 : 0,
        board.createdAt,
      ],
    );
  }

  async updateBoard(spaceId: string, boardId: string, changes: BoardChanges): Promise<BoardRecord | undefined> {
    const row = (await this.db.get(
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
    )) as BoardRow | undefined;
    return row && toBoard(row);
  }

  async createInvitation(invitation: InvitationRecord): Promise<void> {
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

  async listInvitations(spaceId: string): Promise<InvitationRecord[]> {
    const rows = (await this.db.all("SELECT * FROM invitations WHERE space_id = ? ORDER BY created_at, id", [
      spaceId,
    ])) as unknown as InvitationRow[];
    return rows.map(toInvitation);
  }

  async findInvitationByTokenHash(tokenHash: string): Promise<InvitationRecord | undefined> {
    const row = (await this.db.get("SELECT * FROM invitations WHERE token_hash = ?", [tokenHash])) as
      | InvitationRow
      | undefined;
    return row && toInvitation(row);
  }

  async getInvitation(spaceId: string, id: string): Promise<InvitationRecord | undefined> {
    const row = (await this.db.get("SELECT * FROM invitations WHERE space_id = ? AND id = ?", [spaceId, id])) as
      | InvitationRow
      | undefined;
    return row && toInvitation(row);
  }

  async revokeInvitation(spaceId: string, id: string, at: number): Promise<InvitationRecord | undefined> {
    const row = (await this.db.get(
      "UPDATE invitations SET revoked_at = COALESCE(revoked_at, ?) WHERE space_id = ? AND id = ? RETURNING *",
      [at, spaceId, id],
    )) as InvitationRow | undefined;
    return row && toInvitation(row);
  }

  async admitParticipant(participant: ParticipantRecord, now: number): Promise<boolean> {
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
    const row = (await this.db.get("SELECT * FROM participants WHERE token_hash = ?", [tokenHash])) as
      | ParticipantRow
      | undefined;
    return row && toParticipant(row);
  }

  async addPendingContribution(contribution: PendingContributionRecord): Promise<void> {
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

  async listPendingContributions(
    spaceId: string,
    boardId: string,
    participantId?: string,
  ): Promise<PendingContributionRecord[]> {
    const author =
      participantId === undefined
        ? { sql: "", params: [] }
        : { sql: " AND participant_id = ?", params: [participantId] };
    const rows = (await this.db.all(
      `SELECT * FROM pending_contributions WHERE space_id = ? AND board_id = ?${author.sql} ORDER BY created_at, id`,
      [spaceId, boardId, ...author.params],
    )) as unknown as PendingRow[];
    return rows.map(toPending);
  }

  async takePendingContribution(
    spaceId: string,
    boardId: string,
    id: string,
  ): Promise<PendingContributionRecord | undefined> {
    const row = (await this.db.get(
      "DELETE FROM pending_contributions WHERE space_id = ? AND board_id = ? AND id = ? RETURNING *",
      [spaceId, boardId, id],
    )) as PendingRow | undefined;
    return row && toPending(row);
  }

  async listParticipants(spaceId: string): Promise<(ParticipantRecord & { role: InvitedRole })[]> {
    const rows = (await this.db.all(
      `SELECT participants.*, invitations.role FROM participants
         JOIN invitations ON invitations.id = participants.invitation_id
         WHERE participants.space_id = ? ORDER BY participants.created_at, participants.id`,
      [spaceId],
    )) as unknown as (ParticipantRow & { role: InvitedRole })[];
    return rows.map((row) => ({ ...toParticipant(row), role: row.role }));
  }

  async deleteParticipant(spaceId: string, participantId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.run("DELETE FROM pending_contributions WHERE space_id = ? AND participant_id = ?", [
        spaceId,
        participantId,
      ]);
      const deleted = await tx.run("DELETE FROM participants WHERE space_id = ? AND id = ?", [spaceId, participantId]);
      return deleted.changes === 1;
    });
  }

  async replaceFacilitatorSecret(spaceId: string, facilitatorSecretHash: string): Promise<boolean> {
    const updated = await this.db.run("UPDATE spaces SET facilitator_secret_hash = ? WHERE id = ?", [
      facilitatorSecretHash,
      spaceId,
    ]);
    return updated.changes === 1;
  }

  async addPlanVersion(version: PlanVersionRecord): Promise<void> {
    await this.db.run(
      "INSERT INTO plan_versions (id, space_id, label, meeting_id, created_at, state, fiches_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
      [
        version.id,
        version.spaceId,
        version.label,
        version.meetingId,
        version.createdAt,
        version.state,
        version.fichesJson,
      ],
    );
  }

  async listPlanVersions(spaceId: string): Promise<Omit<PlanVersionRecord, "state" | "fichesJson">[]> {
    const rows = (await this.db.all(
      "SELECT id, space_id, label, meeting_id, created_at FROM plan_versions WHERE space_id = ? ORDER BY created_at, id",
      [spaceId],
    )) as unknown as PlanVersionRow[];
    return rows.map(({ id, space_id, label, meeting_id, created_at }) => ({
      id,
      spaceId: space_id,
      label,
      meetingId: meeting_id,
      createdAt: created_at,
    }));
  }

  async getPlanVersion(spaceId: string, id: string): Promise<PlanVersionRecord | undefined> {
    const row = (await this.db.get("SELECT * FROM plan_versions WHERE space_id = ? AND id = ?", [spaceId, id])) as
      | PlanVersionRow
      | undefined;
    return (
      row && {
        id: row.id,
        spaceId: row.space_id,
        label: row.label,
        meetingId: row.meeting_id,
        createdAt: row.created_at,
        state: row.state as Uint8Array,
        fichesJson: row.fiches_json as string,
      }
    );
  }

  async upsertIndicators(
    spaceId: string,
    rows: Omit<IndicatorRecord, "id" | "spaceId">[],
    newId: () => string,
  ): Promise<IndicatorRecord[]> {
    return this.db.transaction(async (tx) => {
      const stored: IndicatorRecord[] = [];
      for (const row of rows) {
        const saved = await tx.get<IndicatorRow>(
          `INSERT INTO indicators (id, space_id, label, theme, year, unit, source, territoire, departement, france, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (space_id, label, theme, year) DO UPDATE SET
             unit = excluded.unit, source = excluded.source, territoire = excluded.territoire,
             departement = excluded.departement, france = excluded.france, updated_at = excluded.updated_at
           RETURNING *`,
          [
            newId(),
            spaceId,
            row.label,
            row.theme,
            row.year,
            row.unit,
            row.source,
            row.values.territoire,
            row.values.departement,
            row.values.france,
            row.updatedAt,
          ],
        );
        if (saved) stored.push(toIndicator(saved));
      }
      return stored;
    });
  }

  async listIndicators(spaceId: string): Promise<IndicatorRecord[]> {
    const rows = (await this.db.all("SELECT * FROM indicators WHERE space_id = ? ORDER BY theme, label, year", [
      spaceId,
    ])) as unknown as IndicatorRow[];
    return rows.map(toIndicator);
  }

  async findIndicator(spaceId: string, id: string): Promise<IndicatorRecord | undefined> {
    const row = (await this.db.get("SELECT * FROM indicators WHERE space_id = ? AND id = ?", [spaceId, id])) as
      | IndicatorRow
      | undefined;
    return row && toIndicator(row);
  }

  async updateIndicator(
    spaceId: string,
    id: string,
    changes: Pick<IndicatorRecord, "values" | "unit" | "source" | "updatedAt">,
  ): Promise<IndicatorRecord | undefined> {
    const row = (await this.db.get(
      `UPDATE indicators SET territoire = ?, departement = ?, france = ?, unit = ?, source = ?, updated_at = ?
         WHERE space_id = ? AND id = ? RETURNING *`,
      [
        changes.values.territoire,
        changes.values.departement,
        changes.values.france,
        changes.unit,
        changes.source,
        changes.updatedAt,
        spaceId,
        id,
      ],
    )) as IndicatorRow | undefined;
    return row && toIndicator(row);
  }

  async loadDocument(name: string): Promise<StoredDocument> {
    const snapshot = (await this.db.get("SELECT state FROM document_snapshots WHERE name = ?", [name])) as
      | { state: Uint8Array }
      | undefined;
    return {
      snapshot: snapshot?.state ?? null,
      updates: await this.loggedUpdates(name),
    };
  }

  loggedUpdates(name: string): Promise<LoggedUpdate[]> {
    return this.log.loggedUpdates(name);
  }

  loggedUpdateIds(name: string): Promise<number[]> {
    return this.log.loggedUpdateIds(name);
  }

  appendUpdates(name: string, updates: Uint8Array[]): Promise<number[]> {
    return this.log.appendUpdates(name, updates);
  }

  /** The log is emptied once the snapshot is written: an update replayed over a snapshot that holds it is a no-op. */
  async compactDocument(name: string, snapshot: Uint8Array, throughUpdateId: number): Promise<void> {
    await this.db.run(
      `INSERT INTO document_snapshots (name, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      [name, snapshot, Date.now()],
    );
    await this.log.dropThrough(name, throughUpdateId);
  }

  async health() {
    try {
      await this.db.get("SELECT 1");
      return { kind: this.kind, ok: true };
    } catch (error) {
      return { kind: this.kind, ok: false, error: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.log.close();
    await this.db.close();
  }
}
