export const ROLES = ["facilitator", "partner", "habitant", "observer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may read the action plan, over HTTP (exports, versions) and over WebSocket alike. Habitants see only what the
 * space publishes for them, never the working plan.
 */
export const PLAN_READER_ROLES: readonly Role[] = ["facilitator", "partner", "observer"];

/** The participant id under which the holders of a space's facilitator secret write and vote. */
export const FACILITATOR_PARTICIPANT_ID = "facilitator";

/** Who is acting, as the server established it from their token. */
export interface Actor {
  role: Role;
  participantId: string;
}
