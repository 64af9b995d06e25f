import type { BilanStore } from "./bilan-store.ts";
import type { ContributionStore } from "./contribution-store.ts";
import type { DocumentStore } from "./document-store.ts";
import type { GovernanceStore } from "./governance-store.ts";
import type { IndicatorStore } from "./indicator-store.ts";
import type { InvitationStore } from "./invitation-store.ts";
import type { JoinCodeStore } from "./join-code-store.ts";
import type { PlanVersionStore } from "./plan-version-store.ts";
import type { PublicPageStore } from "./public-page-store.ts";
import type { SatisfactionStore } from "./satisfaction-store.ts";
import type { SignatureStore } from "./signature-store.ts";
import type { SpaceStore } from "./space-store.ts";
import type { TerritoryServicesStore } from "./territory-services-store.ts";

export interface StoreHealth {
  kind: string;
  ok: boolean;
  error?: string;
}

/**
 * The persistence interface: one repository per aggregate, each over its own tables. SQLite implements it by default,
 * PostgreSQL behind the same SQL (sql-store.ts).
 */
export interface Store {
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
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
