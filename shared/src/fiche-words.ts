import type {
  ActionType,
  FicheFieldGroup,
  FicheFieldWords,
  FicheStatus,
  PolicyLink,
  ShownFicheFieldKey,
} from "./fiche-fields.ts";
import type { Commune } from "./territory.ts";

export const FICHE_STATUS_LABELS: Record<FicheStatus, string> = {
  proposee: "Proposée",
  validee: "Validée en COPIL",
  "en-cours": "En cours",
  realisee: "Réalisée",
  abandonnee: "Abandonnée",
};

/**
 * The French words of a fiche's fields, as the documents for the Caf (DOCX, XLSX, CSV) print them; the interface has
 * its own, in French and English (the ficheFields section of its messages).
 */
export const FRENCH_FICHE_WORDS = {
  groups: {
    placement: "Place dans le plan",
    identity: "Identification",
    delivery: "Mise en œuvre",
    calendar: "Calendrier",
    links: "Articulation avec les autres contrats et politiques",
    evaluation: "Méthode d'évaluation",
  } satisfies Record<FicheFieldGroup, string>,
  labels: {
    title: "Titre",
    axisId: "Axe",
    objectiveId: "Objectif",
    status: "Statut",
    actionType: "Type d'action",
    themes: "Thématiques",
    pilot: "Pilote",
    partners: "Partenaires",
    targetPublic: "Public visé",
    communes: "Communes concernées",
    staffFte: "Moyens humains (ETP)",
    staffRoles: "Fonctions (moyens humains)",
    years: "Années de mise en œuvre",
    startDate: "Date de début",
    endDate: "Date de fin",
    milestones: "Jalons",
    policyLinks: "Contrats et politiques liés",
    policyOther: "Autre contrat ou politique",
    evaluationWhat: "Ce qui est mesuré",
    evaluationWho: "Par qui",
    evaluationWhen: "Quand",
  } satisfies Record<ShownFicheFieldKey, string>,
  options: {
    status: FICHE_STATUS_LABELS,
    actionType: {
      creation: "Création",
      developpement: "Développement",
      "montee-en-qualite": "Montée en qualité",
      adaptation: "Adaptation",
      maintien: "Maintien",
    } satisfies Record<ActionType, string>,
    policyLinks: {
      "contrat-de-ville": "Contrat de ville",
      crte: "CRTE",
      "pedt-plan-mercredi": "PEdT / Plan mercredi",
      "schema-services-familles": "Schéma départemental des services aux familles",
      "strategie-pauvrete": "Stratégie de prévention et de lutte contre la pauvreté",
      "numerique-inclusif": "Numérique inclusif",
      autre: "Autre",
    } satisfies Record<PolicyLink, string>,
  },
};

/** What the documents name by id or code: the plan's axes and objectives, the territory's communes. */
export interface PlanNames {
  axes: readonly { id: string; title: string }[];
  objectives: readonly { id: string; title: string }[];
  communes: readonly Pick<Commune, "insee" | "name">[];
}

/** Milestones the French way, a space before the colon and the semicolon. */
export const frenchMilestones = (milestones: readonly { day: string; label: string }[]) =>
  milestones.map(({ day, label }) => `${day} : ${label}`).join(" ; ");

/** The words the French documents read a fiche's fields with: "15/03/2024", "1,5", "Prades". */
export function frenchFicheWords(names: PlanNames): FicheFieldWords {
  const titles = new Map([...names.axes, ...names.objectives].map(({ id, title }) => [id, title]));
  const communes = new Map(names.communes.map(({ insee, name }) => [insee, name]));
  return {
    options: FRENCH_FICHE_WORDS.options,
    reference: (_key, id) => titles.get(id) ?? id,
    commune: (insee) => communes.get(insee) ?? insee,
    date: (day) => day.split("-").reverse().join("/"),
    number: (value) => value.toLocaleString("fr-FR", { maximumFractionDigits: 2 }),
    milestones: frenchMilestones,
  };
}
