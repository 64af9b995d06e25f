import { type BilanStore, SqlBilanStore } from "./bilan-store.ts";
import { type ContributionStore, SqlContributionStore } from "./contribution-store.ts";
import { type DocumentStore, SqlDocumentStore } from "./document-store.ts";
import { type GovernanceStore, SqlGovernanceStore } from "./governance-store.ts";
import { type IndicatorStore, SqlIndicatorStore } from "./indicator-store.ts";
import { type InvitationStore, SqlInvitationStore } from "./invitation-store.ts";
import { type JoinCodeStore, SqlJoinCodeStore } from "./join-code-store.ts";
import { MIGRATIONS } from "./migrations.ts";
import { type PlanVersionStore, SqlPlanVersionStore } from "./plan-version-store.ts";
import { type PublicPageStore, SqlPublicPageStore } from "./public-page-store.ts";
import { type SatisfactionStore, SqlSatisfactionStore } from "./satisfaction-store.ts";
import { type SignatureStore, SqlSignatureStore } from "./signature-store.ts";
import { type SpaceStore, SqlSpaceStore } from "./space-store.ts";
import type { SqlDatabase } from "./sql-database.ts";
import { SqlUpdateLog } from "./sql-update-log.ts";
import type { Store } from "./store.ts";
import { SqlTerritoryServicesStore, type TerritoryServicesStore } from "./territory-services-store.ts";
import type { UpdateLog } from "./update-log.ts";

/** The store over a SQL database: SQLite by default, PostgreSQL when DATABASE_URL is set. */
export class SqlStore implements Store {
  readonly kind: string;
  readonly spaces: SpaceStore;
  readonly invitations: InvitationStore;
  readonly joinCodes: JoinCodeStore;
  readonly contributions: ContributionStore;
  readonly planVersions: PlanVersionStore;
  readonly indicators: IndicatorStore;
  readonly documents: DocumentStore;
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
    this.spaces = new SqlSpaceStore(db);
    this.invitations = new SqlInvitationStore(db);
    this.joinCodes = new SqlJoinCodeStore(db);
    this.contributions = new SqlContributionStore(db);
    this.planVersions = new SqlPlanVersionStore(db);
    this.indicators = new SqlIndicatorStore(db);
    this.documents = new SqlDocumentStore(db, log);
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
