import type { Party } from "@atelier/shared";

export const CONFLENT_CANIGOU = "Communauté de communes Conflent-Canigou";
export const CAF_66 = "Caf des Pyrénées-Orientales";

/**
 * The two parties every CTG has, as the 2021 presentation names them; their representatives are left for the user to
 * fill in. The demo's fiches name them as their partners, so that the convention's annex says who acts with whom.
 */
export const DEMO_PARTIES: Party[] = [
  { kind: "caf", name: CAF_66 },
  { kind: "epci", name: CONFLENT_CANIGOU },
];
