/**
 * What an invitation link grants, and why a link lets nobody in. Apart from the invitations' schemas, so that the
 * join page, which reads only these, loads no validation code before it shows.
 */

/** Roles an invitation link can grant: facilitators hold the space's secret instead. */
export const INVITED_ROLES = ["partner", "habitant", "observer"] as const;
export type InvitedRole = (typeof INVITED_ROLES)[number];

/** Why a link lets nobody in: sent beside the French message, so that each interface words it in its language. */
export const CLOSED_LINK_REASONS = ["unknown", "revoked", "expired", "usedUp"] as const;
export type ClosedLinkReason = (typeof CLOSED_LINK_REASONS)[number];
