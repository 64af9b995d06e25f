import {
  type CreatedJoinCodeView,
  formatJoinCode,
  type JoinCodeView,
  type NewJoinCode,
  NewJoinCodeSchema,
} from "@atelier/shared";
import { type Outcome, refused } from "../outcome.ts";
import type { JoinCodeRecord } from "../store/join-code-store.ts";
import type { Store } from "../store/store.ts";
import { CLOSED_LINK_MESSAGES, invitationClosed, invitationUsedUp } from "./access-service.ts";
import { hashSecret, newId, newJoinCode } from "./secrets.ts";

const HOUR = 3_600_000;

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
    if (!invitation || invitation.spaceId !== spaceId)
      return refused(404, "Ce lien n'est pas un lien d'invitation de cet espace.");
    const closed = invitationClosed(invitation, now) ?? (invitationUsedUp(invitation) ? "usedUp" : null);
    if (closed) return refused(410, CLOSED_LINK_MESSAGES[closed]);
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
    await this.store.joinCodes.create(record);
    return { ok: true, value: { ...joinCodeView(record), code: formatJoinCode(code) } };
  }

  /** The code stops letting anyone in; those who came in by it keep their access (the link is what they hold). */
  async withdraw(spaceId: string, codeId: string, now = Date.now()): Promise<Outcome<JoinCodeView>> {
    const record = await this.store.joinCodes.withdraw(spaceId, codeId, now);
    return record ? { ok: true, value: joinCodeView(record) } : refused(404, "Code introuvable dans cet espace.");
  }
}
