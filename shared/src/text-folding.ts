/**
 * The text without its accents ("Crèche" → "Creche"): headers, names and searches people type with or without
 * them. Callers then fold case and spacing as their comparison needs.
 */
export function withoutAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "");
}
