import {
  addAxis,
  type BudgetLine,
  type CafBaselineLineInput,
  createFiche,
  type FichePatch,
  ficheDescription,
  planDocumentName,
  setBudgetLine,
  setCafBaselineHead,
  setCafBaselineLine,
  updateFiche,
} from "@atelier/shared";
import * as Y from "yjs";
import type { DocumentWriter } from "../collab/document-writer.ts";
import { newId } from "../spaces/secrets.ts";
import { addDemoIndicators } from "./demo-indicators.ts";
import { CAF_66, CONFLENT_CANIGOU } from "./demo-parties.ts";

/**
 * The Caf's financing on the territory in 2019, as the presentation of 9 June 2021 gives it: services paid by
 * prestations de service and the CEJ together (the source does not split them by service), and aids to projects.
 */
const BASELINE_LINES: CafBaselineLineInput[] = [
  { label: "2 établissements d'accueil du jeune enfant (EAJE)", dispositif: null, amount: 442_500 },
  { label: "Accueil de loisirs intercommunal multi-sites, extra et périscolaire", dispositif: null, amount: 520_600 },
  { label: "Relais assistantes maternelles intercommunal", dispositif: null, amount: 36_000 },
  { label: "2,5 ETP de chargés de coopération", dispositif: null, amount: 44_400 },
  { label: "Séjours vacances", dispositif: null, amount: 6_900 },
  { label: "Formations BAFA/BAFD", dispositif: null, amount: 7_200 },
  { label: "Structure d'animation de la vie locale", dispositif: null, amount: 22_600 },
  { label: "Contrat local d'accompagnement scolaire (CLAS)", dispositif: null, amount: 9_600 },
  {
    label: "Aides aux projets (fonctionnement ou investissement)",
    dispositif: "subvention-action-sociale",
    amount: 22_000,
  },
];

const BASELINE_NOTE =
  "Source : présentation CTG du 9 juin 2021 (plus d'un million d'euros versés en 2019). Prestations de service " +
  "490 787 € et Contrat enfance jeunesse 598 000 € pour les services aux familles, non ventilés par service dans la " +
  "source (la somme des services, 1 089 800 €, en diffère de 1 013 €). Les aides aux projets (22 000 €) sont rangées " +
  "ici en subvention d'action sociale : la source ne nomme pas le dispositif. " +
  // Said once here, where partners read the money, not in the fiches' descriptions the public page gives habitants.
  "Les montants des fiches actions sont illustratifs : la présentation ne chiffre que le financement des chargés de " +
  "coopération, que la Caf maintient au travers de la CTG (44 400 € en 2019, repris chaque année ; le bonus " +
  "territoire remplace le CEJ). Les autres montants, et les parts de l'EPCI et des communes (Prades, Olette), " +
  "montrent comment se lit la convention financière.";

type DemoLine = Omit<BudgetLine, "financer" | "dispositif"> & {
  financer: BudgetLine["financer"]["kind"];
  /** The commune that pays: a commune's line without its name would not say who pays. */
  commune?: string;
  dispositif?: BudgetLine["dispositif"];
};

/**
 * The communes that co-finance two fiches, as illustrative as the amounts (the note above says so): Prades, seat of
 * the communauté de communes and the valley's town, for the summer accueil that takes its activities to the villages;
 * Olette, in the haut Conflent the espace de vie sociale serves. Neither signs the convention: a co-financer need not.
 */
const PRADES = "Prades";
const OLETTE = "Olette";

interface DemoFiche {
  title: string;
  theme: string;
  years: number[];
  /** What the action does for families, in plain words: the public page gives it to habitants. */
  description: string;
  /**
   * Status, type of action, calendar, policies and evaluation method: illustrative but for the 2.5 FTE. Partners are
   * the convention's parties the fiche involves besides its pilot: left out, the convention's annex would read "—".
   * The status is the one the November 2021 COPIL validated, "validee" for every fiche, since none had started by
   * its calendar on the day the plan was frozen; the 2022 bilan moves those under way (demo-bilan.ts).
   */
  fields: FichePatch & { status: "validee" };
  lines: DemoLine[];
}

const EVALUATED_BY = "La chargée de coopération CTG, avec le comité technique";

const DEMO_AXES: { title: string; fiches: DemoFiche[] }[] = [
  {
    title: "Petite enfance : accueillir selon les horaires des familles",
    fiches: [
      {
        title: "Une crèche à vocation d'insertion professionnelle à Prades",
        theme: "Petite enfance",
        years: [2023, 2024, 2025],
        description:
          "Une crèche à Prades qui garde en priorité les enfants des parents qui cherchent un emploi ou se forment. " +
          "Ses horaires suivent ceux des parents, et chacun est accompagné jusqu'au retour au travail.",
        fields: {
          status: "validee",
          actionType: "creation",
          pilot: CONFLENT_CANIGOU,
          partners: [CAF_66],
          startDate: "2023-01-02",
          endDate: "2025-12-31",
          milestones: [{ date: "2023-09-04", label: "Ouverture de la crèche" }],
          policyLinks: ["strategie-pauvrete", "schema-services-familles"],
          evaluationWhat: "Places ouvertes, taux d'occupation, parents en emploi ou en formation six mois après",
          evaluationWho: EVALUATED_BY,
          evaluationWhen: "Chaque année, pour le bilan présenté au COPIL de décembre",
        },
        lines: [
          {
            financer: "caf",
            dispositif: "fonds-publics-et-territoires",
            nature: "investissement",
            year: 2023,
            amount: 120_000,
          },
          { financer: "epci", nature: "investissement", year: 2023, amount: 80_000 },
          {
            financer: "caf",
            dispositif: "prestation-de-service",
            nature: "fonctionnement",
            year: 2024,
            amount: 95_000,
          },
          {
            financer: "caf",
            dispositif: "bonus-territoire-ctg",
            nature: "fonctionnement",
            year: 2024,
            amount: 15_000,
          },
          { financer: "epci", nature: "fonctionnement", year: 2024, amount: 60_000 },
          {
            financer: "caf",
            dispositif: "prestation-de-service",
            nature: "fonctionnement",
            year: 2025,
            amount: 98_000,
          },
          {
            financer: "caf",
            dispositif: "bonus-territoire-ctg",
            nature: "fonctionnement",
            year: 2025,
            amount: 15_000,
          },
          { financer: "epci", nature: "fonctionnement", year: 2025, amount: 62_000 },
        ],
      },
    ],
  },
  {
    title: "Enfance, jeunesse et vie sociale : des loisirs et du lien jusque dans les villages",
    fiches: [
      {
        title: "Un accueil de loisirs itinérant l'été",
        theme: "Enfance-Jeunesse",
        years: [2022, 2023, 2024, 2025],
        description:
          "Chaque été, une équipe d'animateurs va de village en village pour accueillir les enfants et les jeunes près " +
          "de chez eux. Les familles des villages de montagne n'ont plus à les conduire jusqu'aux accueils de la vallée.",
        fields: {
          status: "validee",
          actionType: "developpement",
          pilot: "Service enfance-jeunesse de la communauté de communes",
          partners: [CAF_66],
          startDate: "2022-07-04",
          endDate: "2025-08-29",
          policyLinks: ["pedt-plan-mercredi"],
          evaluationWhat: "Villages desservis, enfants accueillis, journées d'ouverture",
          evaluationWho: EVALUATED_BY,
          evaluationWhen: "À la fin de chaque été",
        },
        lines: [
          { financer: "epci", nature: "investissement", year: 2022, amount: 35_000 },
          ...[2022, 2023, 2024, 2025].flatMap((year): DemoLine[] => [
            { financer: "caf", dispositif: "prestation-de-service", nature: "fonctionnement", year, amount: 18_000 },
            { financer: "caf", dispositif: "bonus-territoire-ctg", nature: "fonctionnement", year, amount: 6_500 },
            { financer: "epci", nature: "fonctionnement", year, amount: 15_000 },
            { financer: "commune", commune: PRADES, nature: "fonctionnement", year, amount: 4_500 },
          ]),
        ],
      },
      {
        title: "Un espace de vie sociale dans le haut Conflent",
        theme: "Animation de la vie sociale / Logement",
        years: [2023, 2024, 2025],
        description:
          "Un lieu ouvert à tous dans le haut Conflent, où les habitants se retrouvent et montent ensemble des " +
          "activités : ateliers, sorties en famille, entraide. Il est construit avec les familles des villages pour " +
          "rompre leur isolement.",
        fields: {
          status: "validee",
          actionType: "creation",
          partners: [CAF_66, CONFLENT_CANIGOU],
          startDate: "2023-03-01",
          policyLinks: ["crte", "numerique-inclusif"],
          evaluationWhat: "Habitants associés au projet social, activités proposées",
          evaluationWho: EVALUATED_BY,
          evaluationWhen: "Chaque année",
        },
        lines: [
          {
            financer: "caf",
            dispositif: "fonds-publics-et-territoires",
            nature: "investissement",
            year: 2023,
            amount: 20_000,
          },
          { financer: "commune", commune: OLETTE, nature: "investissement", year: 2023, amount: 25_000 },
          {
            financer: "caf",
            dispositif: "prestation-de-service",
            nature: "fonctionnement",
            year: 2024,
            amount: 22_000,
          },
          {
            financer: "caf",
            dispositif: "prestation-de-service",
            nature: "fonctionnement",
            year: 2025,
            amount: 22_000,
          },
          { financer: "commune", commune: OLETTE, nature: "fonctionnement", year: 2024, amount: 8_000 },
          { financer: "commune", commune: OLETTE, nature: "fonctionnement", year: 2025, amount: 8_000 },
        ],
      },
    ],
  },
  {
    title: "Piloter et animer la CTG",
    fiches: [
      {
        title: "Coordonner la CTG : 2,5 ETP de chargés de coopération",
        theme: "Pilotage de la CTG",
        years: [2021, 2022, 2023, 2024, 2025],
        fields: {
          status: "validee",
          actionType: "maintien",
          // The communauté de communes employs the chargés de coopération, in post since before the CTG.
          pilot: CONFLENT_CANIGOU,
          staffFte: 2.5,
          staffRoles: "Chargés de coopération CTG",
          partners: [CAF_66],
          startDate: "2021-12-15",
          endDate: "2025-12-31",
          evaluationWhat: "Groupes thématiques réunis, fiches suivies, bilan annuel présenté",
          evaluationWho: "Le COPIL",
          evaluationWhen: "Chaque année",
        },
        description:
          "Deux personnes et demie à temps plein font vivre la convention : elles réunissent les partenaires, suivent " +
          "chaque action et rendent compte chaque année de ce qui a été fait pour les familles.",
        lines: [2021, 2022, 2023, 2024, 2025].flatMap((year): DemoLine[] => [
          { financer: "caf", dispositif: "bonus-territoire-ctg", nature: "fonctionnement", year, amount: 44_400 },
          { financer: "epci", nature: "fonctionnement", year, amount: 40_000 },
        ]),
      },
    ],
  },
];

function writeParagraph(fragment: Y.XmlFragment, text: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  fragment.insert(fragment.length, [paragraph]);
}

/**
 * The demo's plan: axes and fiches drawn from the boards' pistes, financed, and the Caf's 2019 financing. Answers
 * each fiche's id by its title, for what the demo adds to them later (its first bilan).
 */
export async function addDemoFinancing(
  writer: DocumentWriter,
  spaceId: string,
  now: number,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  await writer.transact(planDocumentName(spaceId), (doc) => {
    setCafBaselineHead(doc, { year: 2019, note: BASELINE_NOTE });
    for (const line of BASELINE_LINES) setCafBaselineLine(doc, newId(), line);
    for (const axis of DEMO_AXES) {
      const axisId = newId();
      addAxis(doc, axisId, { title: axis.title });
      for (const fiche of axis.fiches) {
        const ficheId = newId();
        ids.set(fiche.title, ficheId);
        createFiche(doc, ficheId, { title: fiche.title, axisId, themes: [fiche.theme] }, now);
        updateFiche(doc, ficheId, { years: fiche.years, ...fiche.fields }, now);
        const description = ficheDescription(doc, ficheId);
        if (description) writeParagraph(description, fiche.description);
        for (const { financer, commune, dispositif, ...line } of fiche.lines) {
          setBudgetLine(doc, ficheId, newId(), {
            ...line,
            financer: { kind: financer, label: commune ?? "" },
            dispositif: dispositif ?? null,
          });
        }
        addDemoIndicators(doc, ficheId, fiche.title);
      }
    }
  });
  return ids;
}
