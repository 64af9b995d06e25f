import { boardDocumentName, type CardKind, ficheDescription, planDocumentName, writeCardFields } from "@atelier/shared";
import type { DocumentWriter } from "../collab/document-writer.ts";
import type { ParticipationService } from "../participation/participation-service.ts";
import type { PromotionService } from "../plan/promotion-service.ts";
import type { AccessService } from "../spaces/access-service.ts";

export interface DemoHabitantServices {
  access: AccessService;
  participation: ParticipationService;
  promotion: PromotionService;
  writer: DocumentWriter;
}

interface DemoContribution {
  /** The name the habitant typed when joining: a first name, as the join page suggests. */
  author: string;
  /** The board's theme. */
  theme: string;
  kind: CardKind;
  title: string;
  body: string;
  /** The demo fiche (by title) the facilitator promoted it into. */
  fiche: string;
  /** When the habitant joined and sent it, from their phone, during the autumn 2021 consultation. */
  sentOn: string;
}

/** The day the partners took the habitants' ideas into the plan: between the diagnostic and the plan's COPIL. */
const PROMOTED_ON = Date.parse("2021-11-15T10:00:00Z");

/**
 * The consultation opened after the first comité opérationnel (15 October 2021, demo-governance.ts); the habitants
 * joined over the following days, each idea let onto its board the morning after it was sent.
 */
const CONSULTATION_OPENED_ON = Date.parse("2021-10-18T09:00:00+02:00");
const MODERATION_DELAY_MS = 15 * 60 * 60 * 1000;
/** The facilitator agreed the three ideas at the comité that formalised the plan, before promoting them. */
const AGREED_ON = Date.parse("2021-11-15T09:30:00Z");

/** The presentation of 9 June 2021 quotes no habitant: their words here are written to show how the page reads. */
const ILLUSTRATIVE_CONTRIBUTION = "Exemple illustratif : contribution d'habitant imaginée pour la démonstration";

const CONTRIBUTIONS: DemoContribution[] = [
  {
    author: "Léa",
    theme: "Petite enfance",
    kind: "besoin",
    title: "Une place en crèche plus près d'Olette",
    body:
      "Je travaille à Prades en horaires décalés et je descends chaque jour d'Olette avec ma fille de 18 mois. " +
      "Une place plus près de chez nous, ou une crèche ouverte à mes horaires, changerait notre quotidien.",
    fiche: "Une crèche à vocation d'insertion professionnelle à Prades",
    sentOn: "2021-10-19T20:47:00+02:00",
  },
  {
    author: "Yanis",
    theme: "Enfance-Jeunesse",
    kind: "besoin",
    title: "Pouvoir aller à Prades le mercredi et pendant les vacances sans voiture",
    body:
      "J'ai 16 ans et j'habite à Sahorre. Il n'y a presque pas de bus pour Prades le mercredi après-midi, alors je " +
      "rate les activités du centre de loisirs et du club de sport.",
    fiche: "Un accueil de loisirs itinérant l'été",
    sentOn: "2021-10-23T16:12:00+02:00",
  },
  {
    author: "Josette",
    theme: "Animation de la vie sociale / Logement",
    kind: "piste",
    title: "Un lieu où se retrouver entre parents l'hiver dans le haut Conflent",
    body:
      "L'hiver est long dans les villages quand on est seule avec les enfants. Une salle ouverte l'après-midi, avec " +
      "un café et quelques ateliers, permettrait de se rencontrer et de s'entraider.",
    fiche: "Un espace de vie sociale dans le haut Conflent",
    sentOn: "2021-10-27T14:05:00+02:00",
  },
];

/**
 * Habitants' ideas, come in the way any habitant's do: through a moderated habitant link, joined from a phone,
 * accepted by the facilitator, then agreed and promoted into the fiche they fed. The public page then shows what
 * became of them. `fiches`: each demo fiche's id by its title.
 */
export async function addDemoHabitants(
  { access, participation, promotion, writer }: DemoHabitantServices,
  spaceId: string,
  boards: readonly { id: string; theme: string }[],
  fiches: ReadonlyMap<string, string>,
): Promise<void> {
  const link = await access.invite(
    spaceId,
    { role: "habitant", label: "Consultation des habitants 2021", moderated: true, kinds: ["besoin", "piste"] },
    CONSULTATION_OPENED_ON,
  );
  for (const contribution of CONTRIBUTIONS) {
    const board = boards.find((candidate) => candidate.theme === contribution.theme);
    const ficheId = fiches.get(contribution.fiche);
    if (!board || !ficheId) throw new Error(`Contribution d'exemple sans tableau ni fiche : ${contribution.title}`);
    const sentOn = Date.parse(contribution.sentOn);
    const joined = await access.join({ token: link.token, displayName: contribution.author }, sentOn);
    if (!joined.ok) throw new Error(`L'habitant d'exemple n'a pu rejoindre l'espace : ${joined.code}`);
    const habitant = await access.resolve(spaceId, joined.joined.participantToken);
    if (!habitant) throw new Error("L'habitant d'exemple n'a pas d'accès.");
    const { kind, title, body } = contribution;
    const sent = await participation.contribute(habitant, board.id, { kind, title, body }, sentOn);
    if (!sent.ok) throw new Error(`La contribution d'exemple est refusée : ${sent.code}`);
    const accepted = await participation.accept(spaceId, board.id, sent.value.cardId, sentOn + MODERATION_DELAY_MS);
    if (!accepted.ok) throw new Error(`La contribution d'exemple n'a pu être acceptée : ${accepted.code}`);
    const { cardId } = accepted.value;
    await writer.transact(boardDocumentName(spaceId, board.id), (doc) =>
      writeCardFields(doc, cardId, { status: "agreed", source: ILLUSTRATIVE_CONTRIBUTION }, AGREED_ON),
    );
    await promoteKeepingDescription(promotion, writer, spaceId, board.id, cardId, ficheId);
  }
}

/**
 * Promotion appends the card's text to the fiche's description; the demo's fiches are already described in the
 * partners' plain words, as the public page gives them to habitants, so the copied text is taken out again (as a
 * facilitator rewriting the fiche would) and the card stays among the fiche's sources.
 */
async function promoteKeepingDescription(
  promotion: PromotionService,
  writer: DocumentWriter,
  spaceId: string,
  boardId: string,
  cardId: string,
  ficheId: string,
): Promise<void> {
  const plan = planDocumentName(spaceId);
  const before = await writer.transact(plan, (doc) => ficheDescription(doc, ficheId)?.length ?? 0);
  const promoted = await promotion.promote(spaceId, { boardId, cardIds: [cardId], target: { ficheId } }, PROMOTED_ON);
  if (!promoted.ok) throw new Error(`La contribution d'exemple n'a pu rejoindre sa fiche : ${promoted.code}`);
  await writer.transact(plan, (doc) => {
    const description = ficheDescription(doc, ficheId);
    if (description && description.length > before) description.delete(before, description.length - before);
  });
}
