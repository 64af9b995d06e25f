import {
  type ClosedLinkReason,
  type CreatedJoinCodeView,
  formatJoinCode,
  type JoinCodeView,
  type LiveJoinCodeView,
  type NewJoinCode,
  NewJoinCodeSchema,
} from "@atelier/shared";
import { type Outcome, refused } from "../outcome.ts";
import type { InvitationRecord } from "../store/invitation-store.ts";
import type { JoinCodeRecord } from "../store/join-code-store.ts";
import type { Store } from "../store/store.ts";
import { CLOSED_LINK_REFUSALS, invitationClosed, invitationUsedUp } from "./access-service.ts";
import { hashSecret, newId, newJoinCode } from "./secrets.ts";

const HOUR = 3_600_000;

/**
 * How long an expired code is kept: the join page says "expired" to whoever types it in the meantime (a photo of
 * the projector, a late arrival), then it is only unknown.
 */
const KEPT_EXPIRED = 7 * 24 * HOUR;

/** Why a link lets nobody in any more, or null while it does: a code stands for it no better. */
function linkClosed(invitation: InvitationRecord, now: number): Exclude<ClosedLinkReason, "unknown"> | null {
  return invitationClosed(invitation, now) ?? (invitationUsedUp(invitation) ? "usedUp" : null);
}

function joinCodeView(record: JoinCodeRecord): JoinCodeView {
  return {
    id: record.id,
    invitationId: record.invitationId,
    expiresAt: record.expiresAt,
    withdrawn: record.withdrawnAt !== null,
    createdAt: record.createdAt,
  };
}

/**
 * Short codes for a space's invitation links, made by its facilitators for the projector. Joining by code is the
 * access service's (it opens the same invitation); here codes are made and withdrawn.
 */
export class JoinCodeService {
  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
  }

  /** The facilitator holds the link (the server keeps only its hash): the code may not outlive its invitation. */
  async create(spaceId: string, input: NewJoinCode, now = Date.now()): Promise<Outcome<CreatedJoinCodeView>> {
    const { token, hours } = NewJoinCodeSchema.parse(input);
    const invitation = await this.store.invitations.findByTokenHash(hashSecret(token));
    if (!invitation || invitation.spaceId !== spaceId) return refused(404, "linkNotOfSpace");
    const closed = linkClosed(invitation, now);
    if (closed) return refused(410, CLOSED_LINK_REFUSALS[closed]);
    const code = newJoinCode();
    const record: JoinCodeRecord = {
      id: newId(),
      spaceId,
      invitationId: invitation.id,
      codeHash: hashSecret(code),
      expiresAt: Math.min(now + hours * HOUR, invitation.expiresAt ?? Number.POSITIVE_INFINITY),
      withdrawnAt: null,
      createdAt: now,
    };
    await this.store.joinCodes.purgeExpired(now - KEPT_EXPIRED);
    await this.store.joinCodes.create(record);
    return { ok: true, value: { ...joinCodeView(record), code: formatJoinCode(code) } };
  }

  /** The codes that still let people in, with their link's label and role: those of a closed link let nobody in. */
  async live(spaceId: string, now = Date.now()): Promise<LiveJoinCodeView[]> {
    const [codes, invitations] = await Promise.all([
      this.store.joinCodes.listLive(spaceId, now),
      this.store.invitations.list(spaceId),
    ]);
    return codes.flatMap((code) => {
      const invitation = invitations.find((entry) => entry.id === code.invitationId);
      if (!invitation || linkClosed(invitation, now)) return [];
      return [{ ...joinCodeView(code), label: invitation.label, role: invitation.role }];
    });
  }

  /** The code stops letting anyone in; those who came in by it keep their access (the link is what they hold). */
  async withdraw(spaceId: string, codeId: string, now = Date.now()): Promise<Outcome<JoinCodeView>> {
    const record = await this.store.joinCodes.withdraw(spaceId, codeId, now);
    return record ? { ok: true, value: joinCodeView(record) } : refused(404, "joinCodeNotFound");
  }
}
