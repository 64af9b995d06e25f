import {
  addCard,
  type CreatedSpaceView,
  cardBody,
  FACILITATOR_PARTICIPANT_ID,
  facilitatorParticipantId,
} from "@atelier/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { type CollabClient, waitFor } from "./support/collab-client.ts";
import { useCollabClients } from "./support/use-collab-clients.ts";
import { useTestServer } from "./support/use-test-server.ts";

const AWARENESS = 1;
const AUTH = 2;
const CLOSE = 7;
const AUTHENTICATED = 2;

const server = useTestServer();
const connect = useCollabClients(server);
const sockets: WebSocket[] = [];
afterAll(() => {
  for (const socket of sockets) socket.close();
});

type Entry = [clientId: number, clock: number, state: unknown];

/** An awareness message as y-protocols encodes it, for the given client ids, clocks and states. */
function awarenessFrame(documentName: string, entries: Entry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarString(frame, documentName);
  encoding.writeVarUint(frame, AWARENESS);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

interface RawSocket {
  send(entries: Entry[]): void;
  close(): Promise<void>;
  /** How the server closed the document's connection: Hocuspocus' close message (code 0) or the socket's close. */
  closed: Promise<{ code: number; reason: string }>;
}

/** A WebSocket that authenticates on a document, then sends whatever awareness frames a test writes. */
function rawSocket(documentName: string, token: string): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl);
    sockets.push(socket);
    let closedWith: (value: { code: number; reason: string }) => void = () => {};
    const closed = new Promise<{ code: number; reason: string }>((settle) => {
      closedWith = settle;
    });
    const raw: RawSocket = {
      send: (entries) => socket.send(awarenessFrame(documentName, entries)),
      close: () =>
        new Promise((done) => {
          socket.once("close", () => done());
          socket.close();
        }),
      closed,
    };
    socket.on("open", () => {
      const auth = encoding.createEncoder();
      encoding.writeVarString(auth, documentName);
      encoding.writeVarUint(auth, AUTH);
      encoding.writeVarUint(auth, 0);
      encoding.writeVarString(auth, token);
      socket.send(encoding.toUint8Array(auth));
    });
    socket.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === AUTH && decoding.readVarUint(decoder) === AUTHENTICATED) resolve(raw);
      if (type === CLOSE) closedWith({ code: 0, reason: decoding.readVarString(decoder) });
    });
    socket.on("close", (code, reason) => closedWith({ code, reason: reason.toString() }));
    socket.on("error", reject);
  });
}

function stateOf(client: CollabClient, clientId: number): Record<string, unknown> | undefined {
  return client.provider.awareness?.getStates().get(clientId);
}

async function seen(
  client: CollabClient,
  clientId: number,
  accept: (state: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  const state = await waitFor(
    () => stateOf(client, clientId),
    (shown) => shown !== undefined && accept(shown),
  );
  return state ?? {};
}

/** A client id no provider uses (Yjs draws them in 0..2^32). */
function freshClientId(): number {
  return 2 ** 32 + Math.floor(Math.random() * 2 ** 20);
}

let barriers = 0;
/**
 * Waits until the server has handled what the socket sent so far: it handles one connection's messages in order, so
 * once its own client's next state reaches the witness, the frames before were judged.
 */
async function handled(socket: RawSocket, ownId: number, witness: CollabClient, clock: number) {
  const marker = `repere-${++barriers}`;
  socket.send([[ownId, clock, { user: { name: "Repère" }, editing: marker }]]);
  await seen(witness, ownId, (state) => state.editing === marker);
}

interface Board {
  space: CreatedSpaceView;
  documentName: string;
}

async function board(): Promise<Board> {
  const space = await server.createSpace();
  const documentName = space.boards[0]?.documentName;
  if (!documentName) throw new Error("no board");
  return { space, documentName };
}

const claire = {
  id: facilitatorParticipantId("Claire (Caf)"),
  name: "Claire (Caf)",
  color: "#1d4ed8",
  role: "facilitator",
};

describe("presence on a board (awareness), as the server passes it on", () => {
  it("cannot be set for someone else's client: a habitant's link cannot rename the facilitator", async () => {
    const { space, documentName } = await board();
    const facilitator = await connect(documentName, space.facilitatorSecret);
    facilitator.provider.setAwarenessField("user", claire);
    const karim = await server.join(space, "partner", "Karim (Mairie)");
    const witness = await connect(documentName, karim.participantToken);
    const facilitatorId = facilitator.doc.clientID;
    await seen(witness, facilitatorId, (state) => state.user !== undefined);

    const habitant = await server.join(space, "habitant", "Hugo");
    const pirate = await rawSocket(documentName, habitant.participantToken);
    const pirateId = freshClientId();
    pirate.send([[facilitatorId, 1_000_000, { user: { name: "PIRATE", color: "#000000", role: "facilitator" } }]]);
    pirate.send([[facilitatorId, 1_000_001, null]]);
    pirate.send([
      [pirateId, 1, { user: { name: "Hugo" } }],
      [facilitatorId, 1_000_002, { user: { name: "PIRATE" }, editing: "c1" }],
    ]);
    await handled(pirate, pirateId, witness, 2);
    // Its first client is its only one: another id it makes up goes nowhere.
    const cloneId = freshClientId();
    pirate.send([[cloneId, 1, { user: { name: "Clone" } }]]);
    await handled(pirate, pirateId, witness, 3);

    expect(stateOf(witness, facilitatorId)).toEqual({ user: claire });
    expect(facilitator.provider.awareness?.getLocalState()).toEqual({ user: claire });
    expect(stateOf(witness, cloneId)).toBeUndefined();
    expect(stateOf(witness, pirateId)?.user).toEqual({ id: habitant.participantId, name: "Hugo", role: "habitant" });
  });

  it("carries the name and role the server knows, whatever the browser claims", async () => {
    const { space, documentName } = await board();
    const witness = await connect(documentName, space.facilitatorSecret);
    const karim = await server.join(space, "partner", "Karim (Mairie)");
    const partner = await connect(documentName, karim.participantToken);
    partner.provider.setAwarenessField("user", {
      id: FACILITATOR_PARTICIPANT_ID,
      name: "Animatrice",
      color: "#15803d",
      role: "facilitator",
    });
    const olga = await server.join(space, "observer", "Olga");
    const observer = await connect(documentName, olga.participantToken);
    observer.provider.setAwarenessField("user", { name: "Animatrice", role: "facilitator", color: "rouge" });
    const facilitator = await connect(documentName, space.facilitatorSecret);
    facilitator.provider.setAwarenessField("user", { name: "  Claire (Caf)  ", color: "#1d4ed8", role: "partner" });

    expect((await seen(witness, partner.doc.clientID, (state) => state.user !== undefined)).user).toEqual({
      id: karim.participantId,
      name: "Karim (Mairie)",
      role: "partner",
      color: "#15803d",
    });
    expect((await seen(witness, observer.doc.clientID, (state) => state.user !== undefined)).user).toEqual({
      id: olga.participantId,
      name: "Olga",
      role: "observer",
    });
    expect((await seen(witness, facilitator.doc.clientID, (state) => state.user !== undefined)).user).toEqual(claire);
  });

  it("drops the fields the client does not read, and never passes on an oversized presence", async () => {
    const { space, documentName } = await board();
    const witness = await connect(documentName, space.facilitatorSecret);
    let largest = 0;
    witness.provider.awareness?.on("update", ({ added, updated }: { added: number[]; updated: number[] }) => {
      for (const clientId of [...added, ...updated]) {
        largest = Math.max(largest, JSON.stringify(stateOf(witness, clientId) ?? null).length);
      }
    });
    const karim = await server.join(space, "partner", "Karim (Mairie)");
    const partner = await connect(documentName, karim.participantToken);
    const position = { type: { client: 7, clock: 3 }, tname: null, item: { client: 7, clock: 9 }, assoc: -1 };
    partner.provider.awareness?.setLocalState({
      user: { id: karim.participantId, name: "Karim (Mairie)", color: "#0f766e", role: "partner", avatar: "x" },
      editing: "c1",
      cursor: { anchor: { ...position, extra: true }, head: position, selection: "all" },
      marker: 42,
      script: "<img src=x onerror=alert(1)>",
    });
    expect(await seen(witness, partner.doc.clientID, (state) => state.editing === "c1")).toEqual({
      user: { id: karim.participantId, name: "Karim (Mairie)", color: "#0f766e", role: "partner" },
      editing: "c1",
      cursor: { anchor: position, head: position },
    });

    // A state over the limit (4,096 characters) in a frame under it (16 KiB) is dropped, the connection kept.
    const olga = await server.join(space, "observer", "Olga");
    const observer = await rawSocket(documentName, olga.participantToken);
    const observerId = freshClientId();
    observer.send([[observerId, 1, { user: { name: "Olga" }, padding: "x".repeat(8000) }]]);
    await handled(observer, observerId, witness, 2);
    // A frame of hundreds of kilobytes closes the connection before anything decodes it.
    const bigId = freshClientId();
    const big = await rawSocket(documentName, olga.participantToken);
    big.send([[bigId, 1, { user: { name: "x".repeat(300_000) } }]]);
    expect(await big.closed).toEqual({ code: 0, reason: "Présence trop volumineuse (plus de 16 Kio)." });
    await handled(observer, observerId, witness, 3);

    expect(stateOf(witness, bigId)).toBeUndefined();
    expect(largest).toBeLessThan(1000);
  });

  it("passes on a flood of updates at a limited rate, ending on the latest, and closes a gross one", async () => {
    const { space, documentName } = await board();
    const witness = await connect(documentName, space.facilitatorSecret);
    const karim = await server.join(space, "partner", "Karim (Mairie)");
    const flooder = await connect(documentName, karim.participantToken);
    flooder.provider.setAwarenessField("user", { name: "Karim (Mairie)" });
    await seen(witness, flooder.doc.clientID, (state) => state.user !== undefined);
    let received = 0;
    witness.provider.awareness?.on("update", ({ added, updated }: { added: number[]; updated: number[] }) => {
      if ([...added, ...updated].includes(flooder.doc.clientID)) received += 1;
    });

    const sent = 300;
    const started = performance.now();
    for (let i = 1; i <= sent; i++) {
      flooder.provider.setAwarenessField("editing", `card-${i}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await seen(witness, flooder.doc.clientID, (state) => state.editing === `card-${sent}`);
    const seconds = (performance.now() - started) / 1000;
    // 40 at once, then 20 a second; what is held back merges into the latest.
    expect(received).toBeLessThanOrEqual(Math.ceil(40 + 20 * seconds) + 2);
    expect(received).toBeLessThan(sent / 2);
    expect(flooder.closeReasons).toEqual([]);

    const olga = await server.join(space, "observer", "Olga");
    const gross = await rawSocket(documentName, olga.participantToken);
    const grossId = freshClientId();
    for (let clock = 1; clock <= 1500; clock++) gross.send([[grossId, clock, { user: { name: "Olga" } }]]);
    expect(await gross.closed).toEqual({ code: 0, reason: "Trop de mises à jour de présence." });
  });

  it("follows its holder from one connection to the next, and no one else can take it meanwhile", async () => {
    const { space, documentName } = await board();
    const witness = await connect(documentName, space.facilitatorSecret);
    const karim = await server.join(space, "partner", "Karim (Mairie)");
    const clientId = freshClientId();
    const before = await rawSocket(documentName, karim.participantToken);
    before.send([[clientId, 1, { user: { name: "Karim" }, editing: "avant" }]]);
    await seen(witness, clientId, (state) => state.editing === "avant");
    // Reconnected before the server noticed the old connection go: the new one takes the client over...
    const after = await rawSocket(documentName, karim.participantToken);
    after.send([[clientId, 2, { user: { name: "Karim" }, editing: "après" }]]);
    await seen(witness, clientId, (state) => state.editing === "après");
    // ...and the old one, closing, no longer takes it away.
    await before.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stateOf(witness, clientId)?.editing).toBe("après");

    await after.close();
    await waitFor(
      () => stateOf(witness, clientId),
      (state) => state === undefined,
    );
    const habitant = await server.join(space, "habitant", "Hugo");
    const squatter = await rawSocket(documentName, habitant.participantToken);
    const squatterId = freshClientId();
    squatter.send([[clientId, 10, { user: { name: "Karim" }, editing: "squat" }]]);
    await handled(squatter, squatterId, witness, 1);
    expect(stateOf(witness, clientId)).toBeUndefined();
    const back = await rawSocket(documentName, karim.participantToken);
    back.send([[clientId, 3, { user: { name: "Karim" }, editing: "retour" }]]);
    expect((await seen(witness, clientId, (state) => state.editing === "retour")).user).toEqual({
      id: karim.participantId,
      name: "Karim (Mairie)",
      role: "partner",
    });
  });

  it("cannot be taken over by another person holding the same shared link while its holder is connected", async () => {
    const { space, documentName } = await board();
    const witness = await connect(documentName, space.facilitatorSecret);
    const { token } = (await (
      await server.request("POST", `/api/spaces/${space.id}/invitations`, {
        token: space.facilitatorSecret,
        body: { role: "observer", label: "Projection" },
      })
    ).json()) as { token: string };
    const olga = await rawSocket(documentName, token);
    const olgaId = freshClientId();
    olga.send([[olgaId, 1, { user: { name: "Olga" }, editing: "a" }]]);
    await seen(witness, olgaId, (state) => state.editing === "a");
    const mallory = await rawSocket(documentName, token);
    const malloryId = freshClientId();
    mallory.send([[olgaId, 50, { user: { name: "PIRATE" }, editing: "b" }]]);
    await handled(mallory, malloryId, witness, 1);
    olga.send([[olgaId, 2, { user: { name: "Olga" }, editing: "c" }]]);
    const shown = await seen(witness, olgaId, (state) => state.editing === "c");
    expect(shown.user).toMatchObject({ name: "Olga" });
  });

  it("still shows a partner's name, colour, the card they edit and their caret in it", async () => {
    const { space, documentName } = await board();
    const facilitator = await connect(documentName, space.facilitatorSecret);
    addCard(
      facilitator.doc,
      "c1",
      {
        kind: "constat",
        title: "Accueil du jeune enfant",
        authorId: claire.id,
        authorName: claire.name,
        authorRole: "facilitator",
      },
      1,
    );
    cardBody(facilitator.doc, "c1")?.insert(0, [new Y.XmlText("Deux crèches pour 40 000 habitants")]);
    const karim = await server.join(space, "partner", "Karim (Mairie)");
    const partner = await connect(documentName, karim.participantToken);
    const text = await waitFor(
      () => cardBody(partner.doc, "c1")?.get(0),
      (node) => node instanceof Y.XmlText,
    );
    const participant = { id: karim.participantId, name: "Karim (Mairie)", color: "#0f766e", role: "partner" };
    const anchor = Y.createRelativePositionFromTypeIndex(text as Y.XmlText, 5);
    const head = Y.createRelativePositionFromTypeIndex(text as Y.XmlText, 12, -1);
    // As the client sets them: its participant, the card its focus is in, then Tiptap's caret.
    partner.provider.setAwarenessField("user", participant);
    partner.provider.setAwarenessField("editing", "c1");
    partner.provider.setAwarenessField("cursor", { anchor, head });

    const state = await seen(facilitator, partner.doc.clientID, (shown) => shown.cursor !== undefined);
    expect(state.user).toEqual(participant);
    expect(state.editing).toBe("c1");
    const cursor = state.cursor as { anchor: unknown; head: unknown };
    for (const [shown, sent, index] of [
      [cursor.anchor, anchor, 5],
      [cursor.head, head, 12],
    ] as const) {
      const position = Y.createRelativePositionFromJSON(shown);
      expect(Y.compareRelativePositions(position, sent)).toBe(true);
      expect(Y.createAbsolutePositionFromRelativePosition(position, facilitator.doc)?.index).toBe(index);
    }
    expect(partner.provider.awareness?.getLocalState()).toEqual({
      user: participant,
      editing: "c1",
      cursor: { anchor, head },
    });

    // Leaving the card clears both, and leaving the board removes the partner.
    partner.provider.awareness?.setLocalState({ user: participant, editing: null, cursor: null });
    await seen(facilitator, partner.doc.clientID, (shown) => shown.editing === null && shown.cursor === null);
    partner.provider.destroy();
    await waitFor(
      () => stateOf(facilitator, partner.doc.clientID),
      (shown) => shown === undefined,
    );
  });
});
