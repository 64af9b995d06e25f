export const ROLES = ["facilitator", "partner", "habitant", "observer"] as const;
export type Role = (typeof ROLES)[number];

/** The participant id under which the holders of a space's facilitator secret write and vote. */
export const FACILITATOR_PARTICIPANT_ID = "facilitator";

/** Who is acting, as the server established it from their token. */
export interface Actor {
  role: Role;
  participantId: string;
}
