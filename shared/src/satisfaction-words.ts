import type { SatisfactionQuestion, SatisfactionScore } from "./satisfaction.ts";

/** The French words of the codes, as the documents (DOCX, XLSX) print them and the French interface shows them. */
export const FRENCH_SATISFACTION_WORDS = {
  questions: {
    gouvernance: "La gouvernance de la CTG (COPIL, comités) vous permet de participer aux décisions",
    echanges: "Les échanges entre partenaires se sont améliorés",
    "plan-besoins": "Le plan d'actions répond aux besoins du territoire",
    information: "Vous êtes informé(e) de l'avancement des actions",
  } satisfies Record<SatisfactionQuestion, string>,
  scores: {
    1: "Pas du tout d'accord",
    2: "Plutôt pas d'accord",
    3: "Ni d'accord ni pas d'accord",
    4: "Plutôt d'accord",
    5: "Tout à fait d'accord",
  } satisfies Record<SatisfactionScore, string>,
};
