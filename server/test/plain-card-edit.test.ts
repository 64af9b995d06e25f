import {
  type Actor,
  addCard,
  type BoardChange,
  boardCardMaps,
  boardChangeRefusal,
  cardBody,
  citationOf,
  citeOnCard,
  citesIndicator,
  FACILITATOR_PARTICIPANT_ID,
  frenchRefusal,
  groupCards,
  type IndicatorView,
  isPlainCardEdit,
  moveCard,
  observeBoardChanges,
  openVote,
  placeVote,
  setLocked,
  updateCard,
} from "@atelier/shared";
import fc from "fast-check";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";

const FACILITATOR: Actor = { role: "facilitator", participantId: FACILITATOR_PARTICIPANT_ID };
const SAMIA: Actor = { role: "partner", participantId: "samia" };
const KARIM: Actor = { role: "partner", participantId: "karim" };
const OBSERVER: Actor = { role: "observer", participantId: "obs" };
const ACTORS = [FACILITATOR, SAMIA, KARIM, OBSERVER];

/** The one figure of the space these boards may cite. */
const FIGURE: IndicatorView = {
  id: "ind-1",
  label: "Taux de couverture EAJE",
  theme: "Petite enfance",
  year: 2019,
  unit: "%",
  source: "Caf",
  values: { territoire: 42, departement: 51.5, france: 59.8 },
};
const knownFigure = (citation: Parameters<typeof citesIndicator>[0]) => citesIndicator(citation, FIGURE);

/** The reference judgement: the update tried on a full copy of the board, as the write guard does for anything. */
function trial(board: Y.Doc, update: Uint8Array, actor: Actor): string | null {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
  let change: BoardChange | undefined;
  // Only the update's own transaction, as the write guard does: Yjs may follow it with one of its own (formatting).
  const judged = Symbol("judged");
  observeBoardChanges(copy, (observed, tr) => {
    if (tr.origin === judged) change = observed;
  });
  try {
    Y.applyUpdate(copy, update, judged);
  } catch {
    return "illisible";
  }
  if (copy.store.pendingStructs || copy.store.pendingDs) return "incomplète";
  const refusal = change && boardChangeRefusal(change, board, copy, actor, knownFigure);
  return refusal ? frenchRefusal(refusal.code, refusal.params) : null;
}

function startingBoard(): Y.Doc {
  const board = new Y.Doc();
  for (const [id, author] of [
    ["lieu", KARIM],
    ["creche", SAMIA],
    ["bus", FACILITATOR],
  ] as const) {
    addCard(
      board,
      id,
      { kind: "besoin", title: `Carte ${id}`, authorId: author.participantId, authorName: id, authorRole: author.role },
      1,
    );
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Un texte")]);
    cardBody(board, id)?.insert(0, [paragraph]);
  }
  groupCards(board, "lieu", "creche", { id: "k1", name: "Lieux", color: "vert" });
  openVote(board, 2);
  return board;
}

/** A tab opened on the board as it is now. */
function tabOn(board: Y.Doc, clientID?: number): Y.Doc {
  const tab = new Y.Doc();
  if (clientID !== undefined) tab.clientID = clientID;
  Y.applyUpdate(tab, Y.encodeStateAsUpdate(board));
  return tab;
}

/** What a tab sends for one change made on its own view of the board. */
function sent(tab: Y.Doc, change: (tab: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  tab.on("update", record);
  tab.transact(() => change(tab));
  tab.off("update", record);
  return Y.mergeUpdates(updates);
}

function firstText(tab: Y.Doc, card: string): Y.XmlText | undefined {
  const paragraph = cardBody(tab, card)?.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
  return text instanceof Y.XmlText ? text : undefined;
}

const cardMap = (tab: Y.Doc, card: string) => boardCardMaps(tab).get(card);

/** Changes a tab can make, ordinary and hostile alike; `n` varies their target and value. */
const CHANGES: Record<string, (tab: Y.Doc, card: string, n: number, actor: Actor) => void> = {
  title: (tab, card, n) => updateCard(tab, card, { title: `Titre ${n}` }, 10 + n),
  source: (tab, card, n) => updateCard(tab, card, { source: `Source ${n}` }, 10 + n),
  kind: (tab, card, n) => updateCard(tab, card, { kind: n % 2 ? "constat" : "piste" }, 10 + n),
  move: (tab, card, n) => moveCard(tab, card, n % 2 ? "k1" : null, n % 3),
  typing: (tab, card, n) => firstText(tab, card)?.insert(n % 4, `mot${n}`),
  erasing: (tab, card, n) => {
    const text = firstText(tab, card);
    if (text && text.length > 0) text.delete(n % text.length, 1);
  },
  bold: (tab, card, n) => firstText(tab, card)?.format(0, 1 + (n % 3), { bold: true }),
  paragraph: (tab, card, n) => {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(`Paragraphe ${n}`)]);
    cardBody(tab, card)?.insert(0, [paragraph]);
  },
  heading: (tab, card, n) => {
    const heading = new Y.XmlElement("heading");
    heading.setAttribute("level", String(1 + (n % 3)));
    heading.insert(0, [new Y.XmlText(`Titre ${n}`)]);
    cardBody(tab, card)?.insert(0, [heading]);
  },
  link: (tab, card, n) => firstText(tab, card)?.format(0, 2, { link: { href: `https://caf.fr/${n}` } }),
  script: (tab, card) => {
    const script = new Y.XmlElement("script");
    script.insert(0, [new Y.XmlText("alert(1)")]);
    cardBody(tab, card)?.insert(0, [script]);
  },
  onerror: (tab, card) => {
    const paragraph = cardBody(tab, card)?.get(0);
    if (paragraph instanceof Y.XmlElement) paragraph.setAttribute("onerror", "alert(1)");
  },
  scriptLink: (tab, card) => firstText(tab, card)?.format(0, 2, { link: { href: "javascript:alert(1)" } }),
  unknownMark: (tab, card) => firstText(tab, card)?.format(0, 2, { blink: {} }),
  embed: (tab, card) => firstText(tab, card)?.insertEmbed(0, { image: "x" }),
  cite: (tab, card, n) => citeOnCard(tab, card, citationOf(FIGURE), 10 + n),
  fakeFigure: (tab, card, n) =>
    citeOnCard(tab, card, { ...citationOf(FIGURE), values: { ...FIGURE.values, territoire: 99 } }, 10 + n),
  status: (tab, card) => cardMap(tab, card)?.set("status", "agreed"),
  author: (tab, card, n) => cardMap(tab, card)?.set("authorId", `usurpé${n}`),
  promoted: (tab, card) => cardMap(tab, card)?.set("promotedTo", "fiche-1"),
  createdAt: (tab, card, n) => cardMap(tab, card)?.set("createdAt", n),
  emptyTitle: (tab, card) => cardMap(tab, card)?.set("title", "  "),
  longTitle: (tab, card) => cardMap(tab, card)?.set("title", "x".repeat(300)),
  badKind: (tab, card) => cardMap(tab, card)?.set("kind", "rumeur"),
  badOrder: (tab, card) => cardMap(tab, card)?.set("order", ""),
  badCluster: (tab, card, n) => cardMap(tab, card)?.set("cluster", n),
  badTime: (tab, card) => cardMap(tab, card)?.set("updatedAt", -1),
  unknownField: (tab, card, n) => cardMap(tab, card)?.set("humeur", n),
  idField: (tab, card) => cardMap(tab, card)?.set("id", "autre"),
  fieldAsMap: (tab, card) => cardMap(tab, card)?.set("title", new Y.Map()),
  twoValues: (tab, card, n) => cardMap(tab, card)?.set("title", `Titre ${n}`) && undefined,
  dropTitle: (tab, card) => cardMap(tab, card)?.delete("title"),
  dropBody: (tab, card) => cardMap(tab, card)?.delete("body"),
  newBody: (tab, card) => cardMap(tab, card)?.set("body", new Y.XmlFragment()),
  deleteCard: (tab, card) => boardCardMaps(tab).delete(card),
  newCard: (tab, _card, n, actor) =>
    addCard(
      tab,
      `nouvelle-${n}`,
      { kind: "piste", title: "Idée", authorId: actor.participantId, authorName: "X", authorRole: actor.role },
      n,
    ) && undefined,
  vote: (tab, card, n, actor) => placeVote(tab, actor.participantId, card, `vote-${n}`) && undefined,
  lock: (tab, _card, n) => setLocked(tab, n % 2 === 0),
  unknownRoot: (tab, _card, n) => tab.getMap("intrus").set("x", n),
};
const CARDS = ["lieu", "creche", "bus", "absente"];

describe("plain card edits, accepted without a trial on a copy of the board", () => {
  it("never accepts what the full trial refuses, over random sequences of changes from stale and fresh tabs", () => {
    let plain = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            actor: fc.nat({ max: ACTORS.length - 1 }),
            change: fc.constantFrom(...Object.keys(CHANGES)),
            card: fc.constantFrom(...CARDS),
            n: fc.nat({ max: 50 }),
            refresh: fc.boolean(),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (steps) => {
          const board = startingBoard();
          const tabs = ACTORS.map(() => tabOn(board));
          for (const step of steps) {
            const actor = ACTORS[step.actor] as Actor;
            const tab = tabs[step.actor] as Y.Doc;
            // A tab that does not refresh works on a stale view, as a slow connection would.
            if (step.refresh) Y.applyUpdate(tab, Y.encodeStateAsUpdate(board));
            const update = sent(tab, (view) => CHANGES[step.change]?.(view, step.card, step.n, actor));
            const refusal = trial(board, update, actor);
            if (isPlainCardEdit(board, update, actor)) {
              plain++;
              expect(refusal, `${step.change} by ${actor.participantId}`).toBeNull();
            }
            if (refusal === null) Y.applyUpdate(board, update);
            // A refused tab resynchronises from the server, as a closed connection does.
            else tabs[step.actor] = tabOn(board);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(plain).toBeGreaterThan(100);
  });

  it("takes what partners do while writing, on their own cards and others'", () => {
    const board = startingBoard();
    for (const change of ["title", "source", "kind", "move", "typing", "erasing", "bold", "link", "paragraph"]) {
      for (const card of ["lieu", "creche", "bus"]) {
        const update = sent(tabOn(board), (view) => CHANGES[change]?.(view, card, 3, SAMIA));
        expect(isPlainCardEdit(board, update, SAMIA), `${change} on ${card}`).toBe(true);
        Y.applyUpdate(board, update);
      }
    }
  });

  it("leaves everything else to the trial: protected or invalid fields, structure, votes, settings, other roles", () => {
    const board = startingBoard();
    const plainChanges = new Set([
      "title",
      "source",
      "kind",
      "move",
      "typing",
      "erasing",
      "bold",
      "link",
      "paragraph",
      "twoValues",
    ]);
    for (const change of Object.keys(CHANGES).filter((name) => !plainChanges.has(name))) {
      const update = sent(tabOn(board), (view) => CHANGES[change]?.(view, "lieu", 3, FACILITATOR));
      expect(isPlainCardEdit(board, update, FACILITATOR), change).toBe(false);
    }
    const title = sent(tabOn(board), (view) => CHANGES.title?.(view, "lieu", 3, OBSERVER));
    expect(isPlainCardEdit(board, title, OBSERVER)).toBe(false);
    setLocked(board, true);
    expect(
      isPlainCardEdit(
        board,
        sent(tabOn(board), (view) => CHANGES.title?.(view, "lieu", 4, SAMIA)),
        SAMIA,
      ),
    ).toBe(false);
  });

  it("lets bodies hold only what the editors write, for facilitators too", () => {
    const board = startingBoard();
    for (const change of ["heading", "link", "bold", "paragraph"]) {
      const update = sent(tabOn(board), (view) => CHANGES[change]?.(view, "lieu", 3, FACILITATOR));
      expect(trial(board, update, FACILITATOR), change).toBeNull();
    }
    for (const [change, reason] of [
      ["script", /élément inconnu « script »/],
      ["onerror", /attribut « onerror » refusé/],
      ["scriptLink", /attribut « href » refusé/],
      ["unknownMark", /mise en forme inconnue « blink »/],
      ["embed", /contenu intégré refusé/],
    ] as const) {
      const update = sent(tabOn(board), (view) => CHANGES[change]?.(view, "lieu", 3, FACILITATOR));
      expect(trial(board, update, FACILITATOR), change).toMatch(reason);
      expect(isPlainCardEdit(board, update, SAMIA), change).toBe(false);
    }
    const replaced = sent(tabOn(board), (view) => {
      const body = new Y.XmlFragment();
      body.insert(0, [new Y.XmlElement("script")]);
      cardMap(view, "lieu")?.set("body", body);
    });
    expect(trial(board, replaced, FACILITATOR)).toMatch(/élément inconnu « script »/);
    const linkTo = (href: string) =>
      sent(tabOn(board), (view) => firstText(view, "lieu")?.format(0, 2, { link: { href } }));
    for (const href of ["ftp://fichiers.caf.fr/a.pdf", "sms:+33600000000", "page.html", "/plan", "#fiche"]) {
      expect(trial(board, linkTo(href), SAMIA), href).toBeNull();
    }
    for (const href of ["javascript:alert(1)", "java\tscript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x"]) {
      expect(trial(board, linkTo(href), SAMIA), href).toMatch(/attribut « href » refusé/);
    }
    const overlapping = sent(tabOn(board), (view) =>
      firstText(view, "lieu")?.format(0, 2, { "link--AbCd1234": { href: "https://caf.fr" } }),
    );
    expect(trial(board, overlapping, SAMIA)).toBeNull();
    const hostileCard = sent(tabOn(board), (view) => {
      addCard(
        view,
        "neuve",
        { kind: "besoin", title: "Neuve", authorId: "samia", authorName: "S", authorRole: "partner" },
        5,
      );
      cardBody(view, "neuve")?.insert(0, [new Y.XmlElement("iframe")]);
    });
    expect(trial(board, hostileCard, SAMIA)).toMatch(/élément inconnu « iframe »/);
  });

  it("lets cards cite only the space's figures, as they are", () => {
    const board = startingBoard();
    const cite = sent(tabOn(board), (view) => CHANGES.cite?.(view, "lieu", 1, SAMIA));
    expect(isPlainCardEdit(board, cite, SAMIA)).toBe(false);
    expect(trial(board, cite, SAMIA)).toBeNull();
    const fake = sent(tabOn(board), (view) => CHANGES.fakeFigure?.(view, "lieu", 1, SAMIA));
    expect(trial(board, fake, SAMIA)).toMatch(/Chiffre cité inconnu : « Taux de couverture EAJE »/);
    expect(trial(board, fake, FACILITATOR)).toMatch(/Chiffre cité inconnu/);
    // Once cited, a figure stays until the server rewrites it: a corrected one does not hold up other changes.
    Y.applyUpdate(board, cite);
    const meanwhile = sent(tabOn(board), (view) => {
      updateCard(view, "lieu", { title: "Reformulée" }, 20);
      CHANGES.newCard?.(view, "lieu", 7, SAMIA);
    });
    expect(isPlainCardEdit(board, meanwhile, SAMIA)).toBe(false);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
    let change: BoardChange | undefined;
    observeBoardChanges(copy, (observed) => {
      change = observed;
    });
    Y.applyUpdate(copy, meanwhile);
    expect(change && boardChangeRefusal(change, board, copy, SAMIA, () => false)).toBeNull();
  });

  it("leaves to the trial an update that lists one client twice, of which Yjs would keep only the second part", () => {
    const board = startingBoard();
    const client = 4242;
    const paragraph = (view: Y.Doc) => CHANGES.paragraph?.(view, "lieu", 1, SAMIA);
    const first = sent(tabOn(board, client), paragraph);
    // The same client's next item, typed after the last letter of that paragraph, sent apart in a second section.
    const other = tabOn(board, client);
    other.transact(() => paragraph(other));
    const next = sent(other, (view) => firstText(view, "lieu")?.insert(firstText(view, "lieu")?.length ?? 0, "!"));
    // A V1 update with one section and no deletion is [1, ...section, 0]: two sections make [2, ...a, ...b, 0].
    const twice = Uint8Array.from([2, ...first.slice(1, -1), ...next.slice(1, -1), 0]);
    expect(trial(board, twice, SAMIA)).not.toBeNull();
    expect(isPlainCardEdit(board, twice, SAMIA)).toBe(false);
  });

  it("leaves to the trial hand-built updates with an empty item, an item the board has, or an empty deletion", () => {
    const board = startingBoard();
    const lieu = boardCardMaps(board)._map.get("lieu") as Y.Item;
    const [firstClient, firstStructs] = [...board.store.clients][0] as [number, Y.Item[]];
    const handBuilt = (items: Y.Item[], deletion?: { client: number; clock: number; len: number }) => {
      const encoder = new Y.UpdateEncoderV1();
      encoding.writeVarUint(encoder.restEncoder, items.length);
      for (const item of items) {
        encoding.writeVarUint(encoder.restEncoder, 1);
        encoder.writeClient(item.id.client);
        encoding.writeVarUint(encoder.restEncoder, item.id.clock);
        item.write(encoder, 0);
      }
      encoding.writeVarUint(encoder.restEncoder, deletion ? 1 : 0);
      if (deletion) {
        for (const value of [deletion.client, 1, deletion.clock, deletion.len]) {
          encoding.writeVarUint(encoder.restEncoder, value);
        }
      }
      return encoder.toUint8Array();
    };
    const item = (client: number, clock: number, origin: Y.ID, content: Y.ContentAny) =>
      new Y.Item(Y.createID(client, clock), null, origin, null, null, null, null, content);
    const cases = {
      "an empty item after a card": handBuilt([item(3003, 0, lieu.id, new Y.ContentAny([]))]),
      "an item the board has, with an unknown origin": handBuilt([
        item(firstClient, (firstStructs[0] as Y.Item).id.clock, Y.createID(999999, 5), new Y.ContentAny(["x"])),
      ]),
      "an empty deletion": handBuilt([], { client: firstClient, clock: Y.getState(board.store, firstClient), len: 0 }),
    };
    for (const [name, update] of Object.entries(cases)) {
      expect(trial(board, update, FACILITATOR), name).not.toBeNull();
      expect(isPlainCardEdit(board, update, FACILITATOR), name).toBe(false);
    }
  });
});
