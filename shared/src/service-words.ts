import type { ServiceKind } from "./territory-services.ts";

/** The kinds in French, for the French interface and the documents (the diagnostic's offre existante). */
export const FRENCH_SERVICE_KINDS: Record<ServiceKind, string> = {
  eaje: "EAJE (crèche)",
  "micro-creche": "Micro-crèche",
  "relais-petite-enfance": "Relais petite enfance",
  laep: "LAEP (lieu d'accueil enfants-parents)",
  alsh: "Accueil de loisirs (ALSH)",
  "accueil-jeunes": "Accueil jeunes",
  clas: "CLAS (accompagnement à la scolarité)",
  "centre-social": "Centre social",
  evs: "Espace de vie sociale",
  ludotheque: "Ludothèque",
  pij: "Point information jeunesse",
  "france-services": "France services",
  mam: "Maison d'assistants maternels (MAM)",
  autre: "Autre service",
};
