/**
 * The kinds of card a board holds: a finding, a resource of the territory, a need, a lead for action. Apart from the
 * card's schema, so that a page needing only the kinds (the join page checks a stored access with them) loads no
 * validation code.
 */
export const CARD_KINDS = ["constat", "ressource", "besoin", "piste"] as const;
export type CardKind = (typeof CARD_KINDS)[number];
