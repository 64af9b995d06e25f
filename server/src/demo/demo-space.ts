import { readFileSync } from "node:fs";
import {
  addCard,
  boardDocumentName,
  type CardKind,
  type CreatedSpaceView,
  citationOf,
  citeOnCard,
  createCluster,
  FACILITATOR_PARTICIPANT_ID,
  moveCard,
  type SpacePatch,
  writeBodyText,
} from "@atelier/shared";
import type { BilanService } from "../bilan/bilan-service.ts";
import type { DocumentWriter } from "../collab/document-writer.ts";
import type { GovernanceService } from "../governance/governance-service.ts";
import { parseIndicatorCsv } from "../indicators/indicator-file.ts";
import type { IndicatorService } from "../indicators/indicator-service.ts";
import type { ParticipationService } from "../participation/participation-service.ts";
import type { ConventionService } from "../plan/convention-service.ts";
import type { PlanService } from "../plan/plan-service.ts";
import type { PromotionService } from "../plan/promotion-service.ts";
import type { PublicPageService } from "../plan/public-page-service.ts";
import type { AccessService } from "../spaces/access-service.ts";
import { newId } from "../spaces/secrets.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { TerritoryServicesService } from "../territory/territory-services-service.ts";
import { addDemoBilan } from "./demo-bilan.ts";
import { addDemoFinancing } from "./demo-financing.ts";
import { addDemoGovernance } from "./demo-governance.ts";
import { addDemoHabitants } from "./demo-habitants.ts";
import { CONFLENT_CANIGOU, DEMO_PARTIES } from "./demo-parties.ts";
import { addDemoServices } from "./demo-services.ts";
import { signDemoPlan } from "./demo-signature.ts";

/** What the demo is made through: the same services as any space. */
export interface DemoServices {
  spaces: SpaceService;
  indicators: IndicatorService;
  governance: GovernanceService;
  writer: DocumentWriter;
  plan: PlanService;
  convention: ConventionService;
  bilan: BilanService;
  territoryServices: TerritoryServicesService;
  publicPages: PublicPageService;
  access: AccessService;
  participation: ParticipationService;
  promotion: PromotionService;
}

/** The example figures shipped with the product (Conflent-Canigou, 2019), as a Caf adviser would import them. */
export const EXAMPLE_INDICATORS_CSV = readFileSync(new URL("./conflent-canigou-2019.csv", import.meta.url), "utf8");

interface DemoCard {
  kind: CardKind;
  title: string;
  body?: string;
  cites?: string;
  /** What the 9 June 2021 presentation says; a card without it is marked as an illustration. */
  seed?: string;
}

const FIGURES_2019 = "Présentation CTG du 9 juin 2021, indicateurs clés 2019";
const FINANCING_2019 = "Présentation CTG du 9 juin 2021, aides versées par la Caf en 2019";
const ILLUSTRATIVE_CARD = "Exemple illustratif : la présentation du 9 juin 2021 ne le dit pas";

/**
 * The cards are written at the first comité opérationnel (15 October 2021, demo-governance.ts), one every few
 * minutes, board after board: a card says when it was written, and today would contradict the story.
 */
const WORKSHOP_STARTED_ON = Date.parse("2021-10-15T09:30:00+02:00");
const MINUTES_BETWEEN_CARDS = 3;

/**
 * What a first comité opérationnel could have written on each default board; clusters group related cards. Cards
 * the presentation supports say where from; the others, written to show how a board reads, say they are illustrative.
 */
const DEMO_BOARDS: Record<string, { cluster?: string; cards: DemoCard[] }[]> = {
  "Petite enfance": [
    {
      cluster: "Accueil du jeune enfant",
      cards: [
        {
          kind: "constat",
          title: "Des familles couvertes par la Caf plus nombreuses qu'ailleurs",
          cites: "Part de la population couverte par la Caf",
          seed: FIGURES_2019,
        },
        { kind: "besoin", title: "Des places d'accueil en horaires atypiques (saisonniers, soignants)" },
        {
          kind: "ressource",
          title: "Deux établissements d'accueil du jeune enfant et un relais assistantes maternelles intercommunal",
          seed: FINANCING_2019,
        },
      ],
    },
    { cards: [{ kind: "piste", title: "Étudier une crèche à vocation d'insertion professionnelle à Prades" }] },
  ],
  "Enfance-Jeunesse": [
    {
      cluster: "Loisirs en vallée",
      cards: [
        {
          kind: "ressource",
          title: "Un accueil de loisirs intercommunal multi-sites, extra et périscolaire",
          seed: FINANCING_2019,
        },
        { kind: "constat", title: "Des accueils de loisirs éloignés des villages de montagne" },
        { kind: "besoin", title: "Un transport pour les mercredis et les vacances" },
      ],
    },
    { cards: [{ kind: "piste", title: "Un accueil de loisirs itinérant l'été" }] },
  ],
  Parentalité: [
    {
      cluster: "Familles seules face aux difficultés",
      cards: [
        {
          kind: "constat",
          title: "Familles monoparentales : près d'une famille sur trois",
          cites: "Familles monoparentales",
          seed: FIGURES_2019,
        },
        { kind: "besoin", title: "Des lieux d'écoute et de répit pour les parents isolés" },
        { kind: "ressource", title: "Un contrat local d'accompagnement scolaire (CLAS)", seed: FINANCING_2019 },
      ],
    },
    {
      cards: [
        {
          kind: "constat",
          title: "Familles nombreuses, proches de la moyenne nationale",
          cites: "Familles nombreuses",
          seed: FIGURES_2019,
        },
      ],
    },
  ],
  "Accès aux droits / Jeunes adultes": [
    {
      cluster: "Précarité des allocataires",
      cards: [
        {
          kind: "constat",
          title: "Plus de quatre allocataires sur dix à bas revenus",
          cites: "Allocataires à bas revenus",
          seed: FIGURES_2019,
        },
        {
          kind: "constat",
          title: "Revenu garanti : bien au-dessus de la moyenne nationale",
          cites: "Allocataires bénéficiaires du revenu garanti (RSA, PPA, AAH)",
          seed: FIGURES_2019,
        },
        {
          kind: "constat",
          title: "Un allocataire sur trois vit pour moitié au moins des prestations de la Caf",
          cites: "Allocataires dépendants à 50 % ou plus des prestations légales",
          seed: FIGURES_2019,
        },
        {
          kind: "besoin",
          title: "Un accompagnement au numérique pour les démarches en ligne",
          body: "Zones blanches et fracture numérique dans les hauts cantons.",
        },
      ],
    },
    { cards: [{ kind: "piste", title: "Une maison France services itinérante" }] },
  ],
  "Animation de la vie sociale / Logement": [
    {
      cluster: "Vivre ensemble dans les villages",
      cards: [
        { kind: "ressource", title: "Une structure d'animation de la vie locale", seed: FINANCING_2019 },
        { kind: "besoin", title: "Lutter contre l'habitat indigne dans les centres anciens" },
      ],
    },
    { cards: [{ kind: "piste", title: "Un espace de vie sociale dans le haut Conflent" }] },
  ],
};

/**
 * The EPCI as the 2021 presentation gives it (its communes are not listed there, so none are invented), and the two
 * parties every CTG has.
 */
const DEMO_TERRITORY_AND_PARTIES: SpacePatch = {
  territory: { epci: { siren: "200049187", name: CONFLENT_CANIGOU, population: 20_391 } },
  parties: DEMO_PARTIES,
};

/**
 * A ready-to-explore space on the example data: what a new user sees at once, clearly labelled as an example.
 * It is made through the same services as any space, so it is a real space they can keep working in.
 */
export async function createDemoSpace({
  spaces,
  indicators,
  governance,
  writer,
  plan,
  convention,
  bilan,
  territoryServices,
  publicPages,
  access,
  participation,
  promotion,
}: DemoServices): Promise<CreatedSpaceView> {
  const created = await spaces.create({
    name: "Exemple — CdC Conflent-Canigou (données 2019)",
    period: { start: 2021, end: 2025 },
  });
  const updated = await spaces.update(created.id, DEMO_TERRITORY_AND_PARTIES);
  if (!updated.ok) throw new Error(`L'espace d'exemple n'a pu recevoir son territoire : ${updated.error}`);
  const space: CreatedSpaceView = { ...updated.value, facilitatorSecret: created.facilitatorSecret };
  const parsed = parseIndicatorCsv(EXAMPLE_INDICATORS_CSV);
  if (!parsed.ok) throw new Error(`Le jeu d'exemple est invalide : ${parsed.error}`);
  await indicators.import(space.id, parsed.rows);
  await addDemoGovernance(governance, space.id);
  await addDemoServices(territoryServices, space.id);
  const figures = new Map((await indicators.list(space.id)).map((indicator) => [indicator.label, indicator]));
  const now = Date.now();
  let written = WORKSHOP_STARTED_ON;
  for (const board of space.boards) {
    await writer.transact(boardDocumentName(space.id, board.id), (doc) => {
      for (const group of DEMO_BOARDS[board.theme] ?? []) {
        const clusterId = group.cluster ? newId() : null;
        if (clusterId && group.cluster) createCluster(doc, clusterId, { name: group.cluster, color: "bleu" });
        for (const card of group.cards) {
          const id = newId();
          written += MINUTES_BETWEEN_CARDS * 60_000;
          addCard(
            doc,
            id,
            {
              kind: card.kind,
              title: card.title,
              source: card.seed ?? ILLUSTRATIVE_CARD,
              authorId: FACILITATOR_PARTICIPANT_ID,
              authorName: "Exemple",
              authorRole: "facilitator",
            },
            written,
          );
          if (card.body) writeBodyText(doc, id, card.body);
          const figure = card.cites ? figures.get(card.cites) : undefined;
          if (figure) citeOnCard(doc, id, citationOf(figure), written);
          if (clusterId) moveCard(doc, id, clusterId, Number.POSITIVE_INFINITY);
        }
      }
    });
  }
  const fiches = await addDemoFinancing(writer, space.id, now);
  // Before the signature: the plan the COPIL validated already said which habitants' ideas fed its fiches.
  await addDemoHabitants({ access, participation, promotion, writer }, space.id, space.boards, fiches);
  await signDemoPlan(plan, convention, governance, space.id);
  await addDemoBilan({ bilan, writer }, space.id, fiches);
  // What habitants get back, published as a facilitator would once the convention is signed.
  await publicPages.publish(space.id);
  return space;
}
