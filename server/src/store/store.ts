import type { CardKind, IndicatorView, InvitedRole, Party, Territory } from "@atelier/shared";
import type { BilanStore } from "./bilan-store.ts";
import type { GovernanceStore } from "./governance-store.ts";
import type { PublicPageStore } from "./public-page-store.ts";
import type { SatisfactionStore } from "./satisfaction-store.ts";
import type { SignatureStore } from "./signature-store.ts";
import type { TerritoryServicesStore } from "./territory-services-store.ts";
import type { UpdateLog } from "./update-log.ts";

/**
 * The persistence interface. SQLite implements it by default; PostgreSQL and others plug in behind it.
 * Documents are kept as a snapshot plus an append-only log of the updates accepted since.
 */
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
export type SpaceChanges = Partial<Pick<SpaceRecord, "name" | "parties">> & { territory?: Partial<Territory> };

export interface BoardRecord {
  id: string;
  spaceId: string;
  theme: string;
  description: string;
  position: number;
  archived: boolean;
  createdAt: number;
}

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

/** An immutable, dated copy of the plan (a COPIL's validation): the Yjs state and its fiches as read then. */
export interface PlanVersionRecord {
  id: string;
  spaceId: string;
  label: string;
  meetingId: string | null;
  createdAt: number;
  state: Uint8Array;
  fichesJson: string;
}

/** A territorial figure of a space, unique per label, theme and year. */
export interface IndicatorRecord extends IndicatorView {
  spaceId: string;
  updatedAt: number;
}

export type BoardChanges = Partial<Pick<BoardRecord, "theme" | "description" | "archived">>;

export interface LoggedUpdate {
  id: number;
  update: Uint8Array;
}

export interface StoredDocument {
  snapshot: Uint8Array | null;
  /** The log since the snapshot, oldest first. */
  updates: LoggedUpdate[];
}

export interface StoreHealth {
  kind: string;
  ok: boolean;
  error?: string;
}

export interface Store extends Pick<UpdateLog, "loggedUpdates" | "loggedUpdateIds" | "appendUpdates"> {
  readonly kind: string;
  readonly bilan: BilanStore;
  readonly governance: GovernanceStore;
  readonly publicPages: PublicPageStore;
  readonly signatures: SignatureStore;
  readonly satisfaction: SatisfactionStore;
  readonly territoryServices: TerritoryServicesStore;
  createSpace(space: SpaceRecord, boards: BoardRecord[]): Promise<void>;
  getSpace(id: string): Promise<SpaceRecord | undefined>;
  /** Forgets a space with its records and documents' snapshots: undoes an archive's import the store failed half-way. */
  deleteSpace(id: string): Promise<void>;
  updateSpace(id: string, changes: SpaceChanges): Promise<SpaceRecord | undefined>;
  listBoards(spaceId: string): Promise<BoardRecord[]>;
  addBoard(board: BoardRecord): Promise<void>;
  updateBoard(spaceId: string, boardId: string, changes: BoardChanges): Promise<BoardRecord | undefined>;

  createInvitation(invitation: InvitationRecord): Promise<void>;
  listInvitations(spaceId: string): Promise<InvitationRecord[]>;
  findInvitationByTokenHash(tokenHash: string): Promise<InvitationRecord | undefined>;
  getInvitation(spaceId: string, id: string): Promise<InvitationRecord | undefined>;
  revokeInvitation(spaceId: string, id: string, at: number): Promise<InvitationRecord | undefined>;
  /**
   * Atomically counts one more use of a usable invitation and records the participant it admits; false (and
   * nothing written) when the invitation is revoked, expired at `now` or used up.
   */
  admitParticipant(participant: ParticipantRecord, now: number): Promise<boolean>;
  findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRecord | undefined>;
  listParticipants(spaceId: string): Promise<(ParticipantRecord & { role: InvitedRole })[]>;
  /** Forgets a participant and whatever of theirs waits for moderation; returns whether they existed. */
  deleteParticipant(spaceId: string, participantId: string): Promise<boolean>;
  replaceFacilitatorSecret(spaceId: string, facilitatorSecretHash: string): Promise<boolean>;

  addPendingContribution(contribution: PendingContributionRecord): Promise<void>;
  /** Oldest first; only what `participantId` sent when given. */
  listPendingContributions(
    spaceId: string,
    boardId: string,
    participantId?: string,
  ): Promise<PendingContributionRecord[]>;
  /** Removes and returns it, so that two facilitators accepting at once publish it once. */
  takePendingContribution(spaceId: string, boardId: string, id: string): Promise<PendingContributionRecord | undefined>;

  addPlanVersion(version: PlanVersionRecord): Promise<void>;
  listPlanVersions(spaceId: string): Promise<Omit<PlanVersionRecord, "state" | "fichesJson">[]>;
  getPlanVersion(spaceId: string, id: string): Promise<PlanVersionRecord | undefined>;

  /** Inserts or updates (same label, theme and year) every row in one transaction; returns the stored records. */
  upsertIndicators(
    spaceId: string,
    rows: Omit<IndicatorRecord, "id" | "spaceId">[],
    newId: () => string,
  ): Promise<IndicatorRecord[]>;
  listIndicators(spaceId: string): Promise<IndicatorRecord[]>;
  findIndicator(spaceId: string, id: string): Promise<IndicatorRecord | undefined>;
  updateIndicator(
    spaceId: string,
    id: string,
    changes: Pick<IndicatorRecord, "values" | "unit" | "source" | "updatedAt">,
  ): Promise<IndicatorRecord | undefined>;

  loadDocument(name: string): Promise<StoredDocument>;
  /** Replaces the snapshot and drops the logged updates it covers (ids up to `throughUpdateId`). */
  compactDocument(name: string, snapshot: Uint8Array, throughUpdateId: number): Promise<void>;

  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
