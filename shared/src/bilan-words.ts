import type { PROGRESS_COUNTED } from "./bilan.ts";

/**
 * The progress in French, as the documents for the COPIL (DOCX, XLSX) print it and the French interface shows it;
 * the English interface has its own words.
 */
export const FRENCH_PROGRESS_WORDS: Record<(typeof PROGRESS_COUNTED)[number], string> = {
  realisee: "Réalisée",
  "en-cours": "En cours",
  reportee: "Reportée",
  abandonnee: "Abandonnée",
  reorientee: "Réorientée",
  "non-renseignee": "Non renseignée",
};
