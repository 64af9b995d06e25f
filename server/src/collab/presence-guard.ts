import { frenchRefusal, type PresenceState, sanitizePresence } from "@atelier/shared";
import {
  type beforeHandleAwarenessPayload,
  type beforeHandleMessagePayload,
  type Connection,
  type Document,
  type Extension,
  MessageType,
} from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { Metrics } from "../observability/metrics.ts";
import { recordRefusal } from "../observability/refusals.ts";
import type { Access } from "../spaces/access-service.ts";
import type { ConnectionContext } from "./document-access.ts";
import { FRAME_TOO_BIG } from "./frame-screen.ts";
import { closeSocketSoon, refusal } from "./refusal.ts";
import { TokenBucket } from "./token-bucket.ts";

/**
 * Awareness client ids one connection may own. A Yjs provider has one, its document's. Reconnecting opens a new
 * socket, hence a new connection announcing the same id: that id passes to it from the old connection when both are
 * the same holder's (see `claim`), even before the server notices the old one is gone. One is enough.
 */
const CLIENTS_PER_CONNECTION = 1;

/**
 * Largest awareness frame. A provider sends its own state (under 1 kB) and, now and then, the removal of peers it
 * timed out (about 15 bytes each). Bigger frames close the connection before anything decodes them.
 */
export const AWARENESS_FRAME_MAX_BYTES = 16 * 1024;

/**
 * Presence updates passed on per connection. A provider sends one per local change: each caret move (each keystroke
 * while typing, some 30 a second with key repeat), each focus change, a keep-alive every 15 s; and Tiptap's caret one
 * more for each change someone else makes in the text it has the focus in. Past this rate nothing is lost: updates
 * merge, and the latest waits for the next token (1/20 s), so the others always end up with it.
 */
const FORWARD = { perSecond: 20, burst: 40 };

/**
 * Beyond any browser (ten people typing in the card one has the focus in, at 10 keys a second, make it send 100 a
 * second): a connection past this is closed, so a flood does not even cost the decoding of its frames. Requests for
 * everyone's presence count too: Hocuspocus answers none from a client, but each is still a frame to read.
 */
const FLOOD = { perSecond: 200, burst: 1000 };

/** Close code for a presence flood (the application range; 429 as in HTTP's "too many requests"). */
export const PRESENCE_FLOOD_CODE = 4429;

/** Client ids remembered per document before those of closed connections are forgotten. */
const REMEMBERED_CLIENTS = 1000;

interface Sender {
  owned: Set<number>;
  forward: TokenBucket;
  flood: TokenBucket;
  /** Vetted states the rate held back, the latest per client id, sent as soon as it allows. */
  held: Map<number, PresenceState>;
  timer: NodeJS.Timeout | undefined;
}

/** Who holds a client id on a document, and through which connection they last announced it. */
interface Holding {
  holder: string;
  connection: WeakRef<Connection>;
}

/**
 * The server owns presence (Yjs awareness), which Hocuspocus otherwise relays as sent, read-only sockets included.
 * A connection sets only its own client's state (the first client id it announces), with only the fields the client
 * reads, within limits, under the name and role the server knows (see shared/src/presence.ts); at a limited rate,
 * in frames of limited size. What it may not set is dropped from the update; only oversized frames and floods close
 * the connection (throwing from an awareness hook closes it, with the error's code and reason).
 */
export class PresenceGuard implements Extension {
  /** Before every other extension: a refused frame costs them nothing, and their awareness hooks see vetted states. */
  priority = 1000;
  private readonly metrics: Metrics;
  private readonly senders = new WeakMap<Connection, Sender>();
  private readonly holdings = new WeakMap<Document, Map<number, Holding>>();

  constructor(metrics: Metrics) {
    this.metrics = metrics;
  }

  async beforeHandleMessage({ connection, update, documentName }: beforeHandleMessagePayload<ConnectionContext>) {
    const type = messageType(update);
    if (type !== MessageType.Awareness && type !== MessageType.QueryAwareness) return;
    const refuse = (reason: "presence_too_big" | "presence_flood", code: number, detail: string) => {
      recordRefusal(this.metrics, reason, { document: documentName, role: connection.context.access.role, detail });
      return closing(connection, code, detail);
    };
    if (update.byteLength > AWARENESS_FRAME_MAX_BYTES) {
      const detail = frenchRefusal("presenceTooBig", { bytes: AWARENESS_FRAME_MAX_BYTES });
      throw refuse("presence_too_big", FRAME_TOO_BIG, detail);
    }
    if (!this.sender(connection).flood.take()) {
      throw refuse("presence_flood", PRESENCE_FLOOD_CODE, frenchRefusal("presenceFlood"));
    }
  }

  async beforeHandleAwareness({ states, connection, document }: beforeHandleAwarenessPayload<ConnectionContext>) {
    // Relayed by another instance (Redis), which vetted it from its own sender's connection.
    if (!connection) return;
    const sender = this.sender(connection);
    for (const [clientId, state] of states) {
      const owned = this.claim(document, connection, sender, clientId, state);
      // Its own client leaving (null) passes as it is (Hocuspocus 4.7 leaves removals out: they come on closing).
      if (owned && state === null) continue;
      const vetted = owned ? sanitizePresence(state, connection.context.access) : null;
      if (vetted) states.set(clientId, vetted);
      else states.delete(clientId);
    }
    if (states.size === 0) return;
    if (sender.forward.take()) {
      for (const clientId of states.keys()) sender.held.delete(clientId);
      return;
    }
    for (const [clientId, state] of states) sender.held.set(clientId, state);
    states.clear();
    this.schedule(document, connection, sender);
  }

  private sender(connection: Connection): Sender {
    let sender = this.senders.get(connection);
    if (!sender) {
      sender = {
        owned: new Set(),
        forward: new TokenBucket(FORWARD.perSecond, FORWARD.burst),
        flood: new TokenBucket(FLOOD.perSecond, FLOOD.burst),
        held: new Map(),
        timer: undefined,
      };
      this.senders.set(connection, sender);
    }
    return sender;
  }

  /**
   * Whether the connection may set this client's state: its own, the first id it announces with a state that says
   * something, unless someone else holds that id on the document. Hocuspocus' decoding adds a blank state ({}) of its
   * own to the map: a blank state never claims an id.
   */
  private claim(
    document: Document,
    connection: Connection<ConnectionContext>,
    sender: Sender,
    clientId: number,
    state: unknown,
  ): boolean {
    if (sender.owned.has(clientId)) return true;
    if (sender.owned.size >= CLIENTS_PER_CONNECTION || !saysSomething(state)) return false;
    const holdings = this.holdingsOf(document);
    const holder = holderOf(connection.context.access);
    const holding = holdings.get(clientId);
    // Someone else's; or, unknown here yet present, a client of another instance.
    if (holding ? holding.holder !== holder : document.awareness.getStates().has(clientId)) return false;
    const previous = holding?.connection.deref();
    if (previous && previous !== connection) {
      // Holders without a name of their own (a shared link used as a token, the facilitators' secret) may be several
      // people: one of them takes the id over only once the connection that held it is gone.
      if (connection.context.access.displayName === null && document.hasConnection(previous)) return false;
      this.handOver(document, previous, clientId);
    }
    holdings.set(clientId, { holder, connection: new WeakRef(connection) });
    sender.owned.add(clientId);
    // Hocuspocus removes a closing connection's clients, but counts only those it saw added through it.
    document.getClients(connection).add(clientId);
    return true;
  }

  /** A holder's new connection takes their client over from the old one, which must no longer remove it on closing. */
  private handOver(document: Document, previous: Connection, clientId: number): void {
    const sender = this.senders.get(previous);
    sender?.owned.delete(clientId);
    sender?.held.delete(clientId);
    document.getClients(previous).delete(clientId);
  }

  /**
   * A client id stays with its holder while the document is loaded: whoever's connection dropped gets it back on
   * reconnecting, and no one can pass for them meanwhile. Only when there are many are the closed connections' ids
   * forgotten.
   */
  private holdingsOf(document: Document): Map<number, Holding> {
    let holdings = this.holdings.get(document);
    if (!holdings) {
      holdings = new Map();
      this.holdings.set(document, holdings);
    }
    if (holdings.size >= REMEMBERED_CLIENTS) {
      for (const [clientId, { connection }] of holdings) {
        const open = connection.deref();
        if (!open || !document.hasConnection(open)) holdings.delete(clientId);
      }
    }
    return holdings;
  }

  private schedule(document: Document, connection: Connection, sender: Sender): void {
    sender.timer ??= setTimeout(() => {
      sender.timer = undefined;
      this.release(document, connection, sender);
    }, sender.forward.waitMs());
  }

  /** Sends what the rate held back once it allows, unless the connection is gone (its presence went with it). */
  private release(document: Document, connection: Connection, sender: Sender): void {
    if (sender.held.size === 0 || !document.hasConnection(connection)) {
      sender.held.clear();
      return;
    }
    if (!sender.forward.take()) {
      this.schedule(document, connection, sender);
      return;
    }
    const held = sender.held;
    sender.held = new Map();
    document.applyAwarenessUpdate(connection, encodeStates(document, held));
  }
}

function messageType(frame: Uint8Array): number | undefined {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder);
  } catch {
    // Not for this guard: Hocuspocus refuses it.
    return undefined;
  }
}

function saysSomething(state: unknown): boolean {
  return typeof state === "object" && state !== null && Object.keys(state).length > 0;
}

/** The identity presence belongs to: one per participant, one for the space's facilitators (they share a secret). */
function holderOf(access: Access): string {
  return `${access.role}:${access.participantId}`;
}

/**
 * An awareness update with these states, each at the clock after the one the document has for it: the others take it
 * as newer, and its sender, whose own clock was at least there when it sent that state, keeps its own.
 */
function encodeStates(document: Document, states: Map<number, PresenceState>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, states.size);
  for (const [clientId, state] of states) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, (document.awareness.meta.get(clientId)?.clock ?? 0) + 1);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

/** The refusal to throw, which ends the document's connection, once the socket's own close is on its way. */
function closing(connection: Connection, code: number, reason: string): Error {
  closeSocketSoon(connection, code, reason);
  return refusal(reason, code);
}
