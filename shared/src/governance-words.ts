import type { DecisionKind } from "./governance.ts";

/**
 * What a comité decides, in French, written once: the French interface and the documents (relevé de décisions,
 * convention) word the codes alike, so that a decision reads the same on screen and on paper.
 */
export const FRENCH_DECISION_KINDS: Record<DecisionKind, string> = {
  "validation-cadrage": "Validation du cadrage de la démarche",
  "validation-diagnostic": "Validation du diagnostic partagé",
  "validation-priorites": "Validation des priorités (axes du plan d'actions)",
  "validation-projet-plan": "Validation du projet de plan d'actions",
  "validation-chiffrage": "Validation du chiffrage et de la faisabilité",
  "validation-plan": "Validation du plan d'actions définitif",
  "validation-evaluation": "Validation de la méthode d'évaluation",
  signature: "Signature de la convention",
  "bilan-annuel": "Validation du bilan annuel",
  avenant: "Avenant",
  // Any decision that validates no step: "libre" is the code, not a word a Caf adviser would use.
  libre: "Autre décision",
};
