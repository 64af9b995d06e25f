export const ROLES = ["facilitator", "partner", "habitant", "observer"] as const;
export type Role = (typeof ROLES)[number];
