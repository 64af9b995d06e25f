import { addCard, type CardKind, CLUSTER_COLORS, cardBody, createCluster, moveCard } from "@atelier/shared";
import { HocuspocusProvider, MessageType, type onMessageParameters } from "@hocuspocus/provider";
import * as Y from "yjs";

/**
 * What the server did with a client's changes: applied them, dropped them (a read-only connection, such as a
 * partner's on a locked board: the server answers "not applied"), or refused them by closing the connection.
 */
export type WriteOutcome =
  | { kind: "accepted" }
  | { kind: "dropped" }
  | { kind: "refused"; code: number; reason: string };

/**
 * Writes into a board through a standard provider holding `token`, as any outside client could, and leaves once the
 * server has answered. Hocuspocus answers each update with a SyncStatus message saying whether it applied it.
 */
export async function tryWriteBoard(
  wsUrl: string,
  documentName: string,
  token: string,
  write: (doc: Y.Doc) => void,
): Promise<WriteOutcome> {
  const doc = new Y.Doc();
  const answers: WriteOutcome[] = [];
  const provider = await new Promise<HocuspocusProvider>((resolve, reject) => {
    const connecting: HocuspocusProvider = new HocuspocusProvider({
      url: wsUrl,
      name: documentName,
      token,
      document: doc,
      onSynced: () => resolve(connecting),
      onClose: ({ event }) => {
        answers.push({ kind: "refused", code: event.code, reason: event.reason });
      },
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
    // On the provider, not in its configuration, which its WebSocket also calls, with the bare event.
    connecting.on("message", ({ message }: onMessageParameters) => {
      message.readVarString();
      if (message.readVarUint() === MessageType.SyncStatus && message.readVarUint() === 0) {
        answers.push({ kind: "dropped" });
      }
    });
  });
  try {
    write(doc);
    const deadline = Date.now() + 5_000;
    while (provider.hasUnsyncedChanges && answers.length === 0) {
      if (Date.now() > deadline) throw new Error("the server did not answer the changes");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return answers[0] ?? { kind: "accepted" };
  } finally {
    // Left open, the provider would reconnect and send the refused changes again.
    provider.destroy();
    doc.destroy();
  }
}

/**
 * Writes into a board as a facilitator's other browser would: a quick way to a board with many cards, without
 * typing each one.
 */
export async function writeBoard(
  wsUrl: string,
  documentName: string,
  token: string,
  write: (doc: Y.Doc) => void,
): Promise<void> {
  const outcome = await tryWriteBoard(wsUrl, documentName, token, write);
  if (outcome.kind !== "accepted")
    throw new Error(`the server did not apply the seeded changes: ${JSON.stringify(outcome)}`);
}

const AUTHORS = [
  { authorId: "facilitator", authorName: "Claire (Caf)" },
  { authorId: "facilitator", authorName: "Karim (Mairie)" },
  { authorId: "facilitator", authorName: "Inès (PMI)" },
] as const;

/** A petite-enfance diagnostic as a workshop ends up with it: six clusters of findings, needs and ideas. */
export const WORKSHOP: { cluster: string | null; cards: [CardKind, string, string][] }[] = [
  {
    cluster: "Accueil du jeune enfant",
    cards: [
      ["constat", "Taux de couverture de 42 places pour 100 enfants", "Caf, données 2023"],
      ["constat", "Liste d'attente de 60 familles à la crèche de Prades", "Gestionnaire EAJE"],
      ["ressource", "Relais petite enfance actif sur 3 communes", ""],
      ["besoin", "Places d'accueil pour les moins d'un an", ""],
      ["piste", "Ouvrir une micro-crèche intercommunale", ""],
      ["piste", "Soutenir l'installation d'assistantes maternelles", "Plan rebond"],
      ["besoin", "Accueil d'urgence pour les reprises d'emploi", "France Travail"],
    ],
  },
  {
    cluster: "Horaires atypiques",
    cards: [
      ["constat", "30 % des parents travaillent en horaires décalés", "Enquête habitants 2024"],
      ["besoin", "Garde avant 7 h et après 19 h", ""],
      ["piste", "Crèche à horaires élargis près de la zone d'activité", ""],
      ["ressource", "Deux assistantes maternelles acceptent le samedi", "RPE"],
      ["constat", "Saisonniers sans solution l'été", "Office de tourisme"],
      ["piste", "Maison d'assistantes maternelles ouverte le week-end", ""],
    ],
  },
  {
    cluster: "Soutien à la parentalité",
    cards: [
      ["ressource", "Lieu d'accueil enfants-parents le mercredi", "Centre social"],
      ["constat", "Isolement des jeunes mères en zone de montagne", "PMI"],
      ["besoin", "Groupes de parole pour les parents de jeunes enfants", ""],
      ["piste", "Itinérance du LAEP dans les villages", ""],
      ["piste", "Ateliers portage et massage bébé", "Association locale"],
      ["besoin", "Soutien après la naissance pour les familles isolées", ""],
      ["constat", "Peu de pères présents dans les actions", "Bilan REAAP"],
    ],
  },
  {
    cluster: "Information des familles",
    cards: [
      ["constat", "Les familles ne connaissent pas le RPE", "Enquête habitants 2024"],
      ["besoin", "Un guichet unique petite enfance", ""],
      ["piste", "Guide des modes d'accueil en ligne et papier", ""],
      ["ressource", "Site monenfant.fr à jour pour 80 % des structures", "Caf"],
      ["piste", "Permanences dans les mairies", ""],
      ["besoin", "Information traduite pour les familles allophones", ""],
    ],
  },
  {
    cluster: "Mobilité",
    cards: [
      ["constat", "20 km en moyenne jusqu'à la crèche la plus proche", "Insee"],
      ["besoin", "Transport pour les familles sans voiture", ""],
      ["piste", "Navette vers les équipements le mercredi", ""],
      ["ressource", "Transport à la demande intercommunal", "Région"],
      ["piste", "Bus itinérant de la PMI", ""],
      ["constat", "Routes fermées l'hiver au-dessus de 1 000 m", ""],
    ],
  },
  {
    cluster: "Inclusion du handicap",
    cards: [
      ["constat", "12 enfants en situation de handicap sans solution d'accueil", "MDPH"],
      ["besoin", "Formation des professionnels à l'accueil inclusif", ""],
      ["ressource", "Pôle ressources handicap départemental", ""],
      ["piste", "Bonus inclusion handicap dans les crèches", "Caf"],
      ["piste", "Référent inclusion au relais petite enfance", ""],
    ],
  },
  {
    cluster: null,
    cards: [
      ["constat", "Hausse des naissances depuis 2021", "Insee"],
      ["besoin", "Solutions pour les parents en formation", ""],
      ["piste", "Jardin d'enfants passerelle vers l'école", ""],
      ["ressource", "Ludothèque intercommunale", ""],
    ],
  },
];

export function cardsIn(workshop: typeof WORKSHOP): number {
  return workshop.reduce((sum, group) => sum + group.cards.length, 0);
}

/** A one-paragraph rich-text body, shaped as the Tiptap editor writes it. */
function writeBody(doc: Y.Doc, cardId: string, text: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  cardBody(doc, cardId)?.insert(0, [paragraph]);
}

/** Fills a board with the workshop above, in clusters, authored in turn by three participants; some have a body. */
export function writeWorkshop(doc: Y.Doc): void {
  const start = Date.now() - 3 * 60 * 60 * 1000;
  let count = 0;
  WORKSHOP.forEach((group, groupIndex) => {
    const clusterId = group.cluster === null ? null : `cluster-${groupIndex}`;
    if (clusterId !== null && group.cluster !== null) {
      createCluster(doc, clusterId, {
        name: group.cluster,
        color: CLUSTER_COLORS[groupIndex % CLUSTER_COLORS.length] ?? "bleu",
      });
    }
    for (const [kind, title, source] of group.cards) {
      const author = AUTHORS[count % AUTHORS.length] ?? AUTHORS[0];
      const id = `card-${count}`;
      addCard(doc, id, { kind, title, source, ...author, authorRole: "facilitator" }, start + count * 60_000);
      if (clusterId !== null) moveCard(doc, id, clusterId, Number.POSITIVE_INFINITY);
      if (count % 3 === 0)
        writeBody(doc, id, `Relevé en comité : ${title.toLocaleLowerCase("fr")}, à confirmer avec les partenaires.`);
      count++;
    }
  });
}
