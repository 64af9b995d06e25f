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

/**
 * The note beside an entry a year's bilan keeps outside its fiche's calendar (bilanFiches), as the COPIL's DOCX and
 * workbook print it and the French interface shows it.
 */
export const frenchOutsideCalendar = (year: number) =>
  `Le calendrier de la fiche ne couvre plus ${year} ; ce bilan a été écrit avant le changement de ses dates.`;
