/**
 * Each entry upgrades the schema by one version: their order is the schema's history. Written for SQLite; PostgreSQL
 * gets the same with its type names (see postgres-database.ts). Never edit a shipped entry. Each table is read and
 * written by one repository only, named beside the entry that creates it.
 */
export const MIGRATIONS: readonly string[] = [
  // Spaces and their boards (space-store.ts); the documents' snapshots (document-store.ts) and the update log's
  // table (sql-update-log.ts).
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
  // Invitations and the participants they admit (invitation-store.ts), contributions waiting for moderation
  // (contribution-store.ts), meetings (governance-store.ts), versions of the plan (plan-version-store.ts) and the
  // territorial indicators (indicator-store.ts).
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
  // so that two facilitators changing one each do not undo the other's change (space-store.ts).
  `ALTER TABLE spaces ADD COLUMN epci TEXT NOT NULL DEFAULT 'null';
   ALTER TABLE spaces ADD COLUMN communes TEXT NOT NULL DEFAULT '[]';
   ALTER TABLE spaces ADD COLUMN parties TEXT NOT NULL DEFAULT '[]';`,
  // Meetings as editable records, with structured decisions (NULL for those recorded before: their free text stays
  // in \`decisions\`), and the démarche's retro-planning and re-opened steps (governance-store.ts).
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
  // the partial index lets only one be in force per space (signature-store.ts).
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
  // know), and the fiches' indicators read against a territorial figure (bilan-store.ts).
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
  // The page "Ce que nous avons retenu" a space publishes for its habitants: its random slug is its public address
  // (public-page-store.ts).
  `CREATE TABLE public_pages (
     space_id TEXT PRIMARY KEY REFERENCES spaces(id) ON DELETE CASCADE,
     slug TEXT NOT NULL UNIQUE,
     published_at INTEGER NOT NULL
   );`,
  // The existing services of the territory (l'offre existante): the commune's name is kept as the territory gave it,
  // so that a service, and a card citing it, reads on its own (territory-services-store.ts).
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
  // Short codes typed from the projector, each standing for one invitation link; kept withdrawn or expired so that
  // the join page can say so (join-code-store.ts).
  `CREATE TABLE join_codes (
     id TEXT PRIMARY KEY,
     space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,
     invitation_id TEXT NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
     code_hash TEXT NOT NULL UNIQUE,
     expires_at INTEGER NOT NULL,
     withdrawn_at INTEGER,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX join_codes_by_invitation ON join_codes(invitation_id);`,
  // What a board's page shows first, kept beside the snapshot it was drawn from, as JSON (document-store.ts).
  "ALTER TABLE document_snapshots ADD COLUMN first_screen TEXT;",
  // What a fiche cost in the year of a bilan entry, in whole cents; NULL: not said (bilan-store.ts).
  "ALTER TABLE bilan_entries ADD COLUMN spent_cents INTEGER;",
  // The convention a space was prepared to follow (space-store.ts). A convention has one following convention at most:
  // the unique index refuses a second (NULLs, spaces that follow none, are never alike); deleting the previous space
  // leaves the next one standing, unlinked.
  `ALTER TABLE spaces ADD COLUMN previous_space_id TEXT REFERENCES spaces(id) ON DELETE SET NULL;
   CREATE UNIQUE INDEX spaces_by_previous ON spaces(previous_space_id);`,
];
