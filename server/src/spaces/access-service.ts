import {
  type AccessView,
  type ClosedLinkReason,
  type CreatedInvitationView,
  FACILITATOR_PARTICIPANT_ID,
  frenchRefusal,
  type InvitationView,
  type Join,
  type JoinedView,
  type JoinKey,
  type JoinPreview,
  JoinSchema,
  joinKeyOf,
  type NewInvitation,
  NewInvitationSchema,
  type ParticipantView,
  type RefusalCode,
} from "@atelier/shared";
import { type Refused, refused } from "../outcome.ts";
import type { InvitationRecord } from "../store/invitation-store.ts";
import type { BoardRecord } from "../store/space-store.ts";
import type { Store } from "../store/store.ts";
import { hashSecret, newId, newSecret, secretMatches } from "./secrets.ts";

/** What a token grants, with the invitation it came through (to cut it off when that link is revoked). */
export interface Access extends AccessView {
  invitationId: string | null;
}

/**
 * Open connections whose access matches are closed with the reason (a revoked link, an erased participant…), the
 * French wording of a refusal code, which interfaces word in their language. The space is named so that other
 * instances can re-check the connections they hold there (a predicate cannot travel).
 */
export type AccessWithdrawal = { spaceId: string; matches: (access: Access) => boolean; reason: string };

/**
 * A link or a code that lets nobody in: unknown (404) or no longer working (410), refused with its code, and with the
 * reason apart for the join page, which offers what to do next.
 */
export type ClosedLink = Refused & { reason: ClosedLinkReason };
export type JoinResult = { ok: true; joined: JoinedView } | ClosedLink;
export type JoinPreviewResult = { ok: true; preview: JoinPreview } | ClosedLink;

export const CLOSED_LINK_REFUSALS = {
  unknown: "linkUnknown",
  revoked: "linkRevoked",
  expired: "linkExpired",
  usedUp: "linkUsedUp",
} as const satisfies Record<ClosedLinkReason, RefusalCode>;

/** Said of a code typed by hand. */
const CLOSED_CODE_REFUSALS = {
  unknown: "codeUnknown",
  revoked: "codeRevoked",
  expired: "codeExpired",
  usedUp: "codeUsedUp",
} as const satisfies Record<ClosedLinkReason, RefusalCode>;

function closedLink(reason: ClosedLinkReason, key: JoinKey): ClosedLink {
  const codes = "code" in key ? CLOSED_CODE_REFUSALS : CLOSED_LINK_REFUSALS;
  return { ...refused(reason === "unknown" ? 404 : 410, codes[reason]), reason };
}

function invitationView(record: InvitationRecord): InvitationView {
  return {
    id: record.id,
    role: record.role,
    label: record.label,
    boardIds: record.boardIds,
    kinds: record.kinds,
    moderated: record.moderated,
    expiresAt: record.expiresAt,
    maxUses: record.maxUses,
    uses: record.uses,
    revoked: record.revokedAt !== null,
    createdAt: record.createdAt,
  };
}

/** Why an invitation no longer lets anyone in, or null while it does. */
export function invitationClosed(invitation: InvitationRecord, now: number): "revoked" | "expired" | null {
  if (invitation.revokedAt !== null) return "revoked";
  if (invitation.expiresAt !== null && invitation.expiresAt <= now) return "expired";
  return null;
}

/** No one more may join through it; those who joined keep their access (uses are counted when joining). */
export function invitationUsedUp(invitation: InvitationRecord): boolean {
  return invitation.maxUses !== null && invitation.uses >= invitation.maxUses;
}

/**
 * Who may do what in a space. The facilitator secret makes a facilitator; an invitation link grants its role to
 * whoever joins through it, each with a personal token; the link itself also works as a token (for outside
 * clients), under one participant id per link. Revoking or expiring a link cuts off everyone who came through it.
 */
export class AccessService {
  private readonly store: Store;
  private readonly withdrawalListeners = new Set<(withdrawal: AccessWithdrawal) => void>();

  constructor(store: Store) {
    this.store = store;
  }

  async resolve(spaceId: string, token: string, now = Date.now()): Promise<Access | undefined> {
    if (!token) return undefined;
    const space = await this.store.spaces.get(spaceId);
    if (!space) return undefined;
    if (secretMatches(token, space.facilitatorSecretHash)) {
      return {
        spaceId,
        role: "facilitator",
        participantId: FACILITATOR_PARTICIPANT_ID,
        displayName: null,
        organisation: null,
        boardIds: null,
        kinds: null,
        moderated: false,
        invitationId: null,
      };
    }
    const tokenHash = hashSecret(token);
    const participant = await this.store.invitations.findParticipantByTokenHash(tokenHash);
    const invitation = participant
      ? await this.store.invitations.get(spaceId, participant.invitationId)
      : await this.store.invitations.findByTokenHash(tokenHash);
    if (!invitation || invitation.spaceId !== spaceId || invitationClosed(invitation, now)) return undefined;
    return {
      spaceId,
      role: invitation.role,
      participantId: participant?.id ?? `lien-${invitation.id}`,
      displayName: participant?.displayName ?? null,
      organisation: participant?.organisation ?? null,
      boardIds: invitation.boardIds,
      kinds: invitation.kinds,
      moderated: invitation.moderated,
      invitationId: invitation.id,
    };
  }

  async invite(spaceId: string, input: NewInvitation, now = Date.now()): Promise<CreatedInvitationView> {
    const fields = NewInvitationSchema.parse(input);
    const token = newSecret();
    const record: InvitationRecord = {
      id: newId(),
      spaceId,
      ...fields,
      tokenHash: hashSecret(token),
      uses: 0,
      revokedAt: null,
      createdAt: now,
    };
    await this.store.invitations.create(record);
    return { ...invitationView(record), token };
  }

  async invitations(spaceId: string): Promise<InvitationView[]> {
    return (await this.store.invitations.list(spaceId)).map(invitationView);
  }

  async revoke(spaceId: string, invitationId: string, now = Date.now()): Promise<InvitationView | undefined> {
    const record = await this.store.invitations.revoke(spaceId, invitationId, now);
    if (record) {
      this.withdraw({
        spaceId,
        matches: (access) => access.invitationId === record.id,
        reason: frenchRefusal("accessRevoked"),
      });
    }
    return record && invitationView(record);
  }

  /** A new facilitator secret, shown once; the old one stops working and its open connections are closed. */
  async rotateFacilitatorSecret(spaceId: string): Promise<string | undefined> {
    const secret = newSecret();
    if (!(await this.store.spaces.replaceFacilitatorSecret(spaceId, hashSecret(secret)))) return undefined;
    this.withdraw({
      spaceId,
      matches: (access) => access.spaceId === spaceId && access.role === "facilitator",
      reason: frenchRefusal("facilitatorSecretRenewed"),
    });
    return secret;
  }

  async participants(spaceId: string): Promise<ParticipantView[]> {
    return (await this.store.invitations.listParticipants(spaceId)).map(
      ({ id, role, displayName, organisation, invitationId, createdAt }) => ({
        id,
        role,
        displayName,
        organisation,
        invitationId,
        createdAt,
      }),
    );
  }

  /** Forgets a participant (RGPD): their token stops working and their open connections are closed. */
  async forget(spaceId: string, participantId: string): Promise<boolean> {
    if (!(await this.store.invitations.deleteParticipant(spaceId, participantId))) return false;
    this.withdraw({
      spaceId,
      matches: (access) => access.spaceId === spaceId && access.participantId === participantId,
      reason: frenchRefusal("participationErased"),
    });
    return true;
  }

  /** Called whenever some access ends, so that open connections using it can be closed. */
  onWithdrawal(listener: (withdrawal: AccessWithdrawal) => void): void {
    this.withdrawalListeners.add(listener);
  }

  private withdraw(withdrawal: AccessWithdrawal): void {
    for (const listener of this.withdrawalListeners) listener(withdrawal);
  }

  /**
   * Where a link leads, before anyone joins through it. A used-up link is told here too (joining re-checks it, as
   * uses are counted when joining).
   */
  async preview(key: JoinKey, now = Date.now()): Promise<JoinPreviewResult> {
    const found = await this.openInvitation(key, now);
    if (!found.ok) return found;
    const { invitation } = found;
    if (invitationUsedUp(invitation)) return closedLink("usedUp", key);
    const space = await this.store.spaces.get(invitation.spaceId);
    if (!space) return closedLink("unknown", key);
    const opened = (board: BoardRecord) =>
      invitation.boardIds ? invitation.boardIds.includes(board.id) : !board.archived;
    const boards = (await this.store.spaces.listBoards(space.id)).filter(opened);
    return {
      ok: true,
      preview: {
        spaceName: space.name,
        role: invitation.role,
        label: invitation.label,
        boards: boards.map(({ id, theme }) => ({ id, theme })),
      },
    };
  }

  async join(input: Join, now = Date.now()): Promise<JoinResult> {
    const fields = JoinSchema.parse(input);
    const key = joinKeyOf(fields);
    const found = await this.openInvitation(key, now);
    if (!found.ok) return found;
    const { invitation } = found;
    const participantToken = newSecret();
    const participant = {
      id: newId(),
      spaceId: invitation.spaceId,
      invitationId: invitation.id,
      displayName: fields.displayName,
      organisation: fields.organisation,
      tokenHash: hashSecret(participantToken),
      createdAt: now,
    };
    if (!(await this.store.invitations.admit(participant, now))) return closedLink("usedUp", key);
    return {
      ok: true,
      joined: {
        spaceId: invitation.spaceId,
        role: invitation.role,
        participantId: participant.id,
        displayName: participant.displayName,
        organisation: participant.organisation,
        boardIds: invitation.boardIds,
        kinds: invitation.kinds,
        moderated: invitation.moderated,
        participantToken,
      },
    };
  }

  /** The invitation a link's token or a code opens, while it lets people in (its uses are counted apart). */
  private async openInvitation(
    key: JoinKey,
    now: number,
  ): Promise<{ ok: true; invitation: InvitationRecord } | ClosedLink> {
    let invitation: InvitationRecord | undefined;
    if ("code" in key) {
      const code = await this.store.joinCodes.findByCodeHash(hashSecret(key.code));
      if (!code) return closedLink("unknown", key);
      if (code.withdrawnAt !== null) return closedLink("revoked", key);
      if (code.expiresAt <= now) return closedLink("expired", key);
      invitation = await this.store.invitations.get(code.spaceId, code.invitationId);
    } else {
      invitation = await this.store.invitations.findByTokenHash(hashSecret(key.token));
    }
    if (!invitation) return closedLink("unknown", key);
    const closed = invitationClosed(invitation, now);
    return closed ? closedLink(closed, key) : { ok: true, invitation };
  }
}
