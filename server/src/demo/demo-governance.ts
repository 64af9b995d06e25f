import type { MeetingFields, Planning } from "@atelier/shared";
import type { GovernanceService } from "../governance/governance-service.ts";

const CAF = "Caf des Pyrénées-Orientales";
const CDC = "Communauté de communes Conflent-Canigou";
const PLACE = "Prades, siège de la communauté de communes";

/** Functions, not names: the 2021 presentation names no one, so no one is invented. */
const ATTENDEES: MeetingFields["attendees"] = [
  { name: "Le président ou son représentant", organisation: CDC, attendance: "present" },
  { name: "La conseillère territoriale", organisation: CAF, attendance: "present" },
  { name: "La chargée de coopération CTG", organisation: CDC, attendance: "present" },
  { name: "Le représentant du Département", organisation: "Département des Pyrénées-Orientales", attendance: "excuse" },
];

const ILLUSTRATIVE = "Date illustrative : la présentation du 9 juin 2021 annonce ce comité pour";

/**
 * The calendar of the Conflent-Canigou presentation (9 June 2021): comité opérationnel from April to 15 October,
 * COPIL on 30 October, comité opérationnel partenarial on 15 November, COPIL in November and in December. The
 * months without a day are given one, said to be illustrative in the agenda.
 */
const DEMO_MEETINGS: Omit<MeetingFields, "boardId" | "attendees">[] = [
  {
    kind: "comite-operationnel",
    date: "2021-10-15",
    title: "Comité opérationnel — travaux préparatoires et diagnostic",
    place: PLACE,
    agenda:
      "Travaux préparatoires menés d'avril au 15 octobre 2021\nPartage et enrichissement du diagnostic avec les cinq groupes thématiques",
    decisions: [
      {
        kind: "validation-cadrage",
        text: "Démarche, instances et calendrier arrêtés ; diagnostic complété avec les équipes de la CdC.",
      },
      { kind: "libre", text: "Le diagnostic enrichi par les partenaires est transmis au COPIL du 30 octobre." },
    ],
  },
  {
    kind: "copil",
    date: "2021-10-30",
    title: "COPIL — validation du diagnostic et axes du plan d'actions",
    place: PLACE,
    agenda: "Présentation du diagnostic partagé\nProblématiques et priorités du territoire",
    decisions: [
      { kind: "validation-diagnostic", text: "Le diagnostic partagé est validé." },
      { kind: "validation-priorites", text: "Les axes du plan d'actions sont fixés." },
    ],
  },
  {
    kind: "comite-partenarial",
    date: "2021-11-15",
    title: "Comité opérationnel partenarial — formalisation du plan d'actions",
    place: PLACE,
    agenda: "Formalisation du plan d'actions\nÉtude de la faisabilité des actions proposées : chiffrage",
    decisions: [
      { kind: "validation-projet-plan", text: "Le projet de plan d'actions est formalisé avec les partenaires." },
      { kind: "validation-chiffrage", text: "Le chiffrage des actions est arrêté pour le COPIL." },
    ],
  },
  {
    kind: "copil",
    date: "2021-11-30",
    title: "COPIL — validation du plan d'actions et de la méthode d'évaluation",
    place: PLACE,
    agenda: `${ILLUSTRATIVE} novembre 2021.\nValidation du plan d'actions\nValidation de la méthode d'évaluation`,
    decisions: [
      { kind: "validation-plan", text: "Le plan d'actions définitif est validé." },
      { kind: "validation-evaluation", text: "La méthode d'évaluation annuelle est validée." },
    ],
  },
  {
    kind: "copil",
    date: "2021-12-15",
    title: "COPIL — signature de la CTG",
    place: PLACE,
    agenda: `${ILLUSTRATIVE} décembre 2021.\nSignature de la convention territoriale globale 2021-2025`,
    decisions: [{ kind: "signature", text: "La CTG 2021-2025 est signée par la Caf et la communauté de communes." }],
  },
  {
    kind: "copil",
    date: "2022-12-15",
    title: "COPIL — bilan annuel 2022",
    place: PLACE,
    agenda:
      "Date illustrative : la présentation du 9 juin 2021 prévoit une évaluation annuelle.\nBilan 2022 des fiches actions\nSatisfaction des partenaires",
    decisions: [
      { kind: "bilan-annuel", text: "Le bilan annuel 2022 est validé ; les ajustements proposés sont retenus." },
    ],
  },
];

/** Planned as the calendar has it; the first yearly evaluation a year after the signature (illustrative), held. */
const DEMO_PLANNING: Planning = {
  preparation: "2021-10-15",
  diagnostic: "2021-10-30",
  priorites: "2021-10-30",
  "plan-actions": "2021-11-15",
  chiffrage: "2021-11-15",
  "plan-definitif": "2021-11-30",
  signature: "2021-12-15",
  evaluation: "2022-12-15",
};

/** The démarche of the demo space, walked through its comités: the steps follow from their decisions. */
export async function addDemoGovernance(governance: GovernanceService, spaceId: string): Promise<void> {
  for (const meeting of DEMO_MEETINGS) {
    const added = await governance.addMeeting(spaceId, { ...meeting, boardId: null, attendees: ATTENDEES });
    if (!added.ok) throw new Error(`Le comité d'exemple n'a pu être consigné : ${added.error}`);
  }
  await governance.updatePlanning(spaceId, { planned: DEMO_PLANNING });
}
