import type { InvitationView } from "@atelier/shared";

export type InvitationStatus = "active" | "expired" | "exhausted" | "revoked";

/** A full link still serves those who joined through it; it only admits no one new. */
export function invitationStatus(invitation: InvitationView, now: number): InvitationStatus {
  if (invitation.revoked) return "revoked";
  if (invitation.expiresAt !== null && invitation.expiresAt <= now) return "expired";
  if (invitation.maxUses !== null && invitation.uses >= invitation.maxUses) return "exhausted";
  return "active";
}
