import { type Card, type CardKind, type CardStatus, withoutAccents } from "@atelier/shared";

export interface CardFilters {
  text: string;
  kind: CardKind | "";
  status: CardStatus | "";
  /** By name: cards written over HTTP for the facilitators (promotions, the demo) carry the space's one facilitator id. */
  author: string;
}

export const NO_FILTERS: CardFilters = { text: "", kind: "", status: "", author: "" };

export function isFiltering(filters: CardFilters): boolean {
  return filters.text.trim() !== "" || filters.kind !== "" || filters.status !== "" || filters.author !== "";
}

/** "Crèche" finds "creche" and "CRÈCHES": people type fast, without accents, in a meeting. */
function searchable(text: string): string {
  return withoutAccents(text).toLocaleLowerCase("fr");
}

/** Every word of the search must appear in the title, the source or the body, in any order. */
export function matchesFilters(card: Card, filters: CardFilters, bodyText: string): boolean {
  if (filters.kind !== "" && card.kind !== filters.kind) return false;
  if (filters.status !== "" && card.status !== filters.status) return false;
  if (filters.author !== "" && card.authorName !== filters.author) return false;
  const words = searchable(filters.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchable(`${card.title} ${card.source} ${bodyText}`);
  return words.every((word) => haystack.includes(word));
}

/** The names the cards are signed with, once each, in alphabetical order: the options of the author filter. */
export function authorsOf(cards: Card[]): string[] {
  return [...new Set(cards.map((card) => card.authorName))].sort((a, b) => a.localeCompare(b, "fr"));
}
