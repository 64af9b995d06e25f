import {
  type Actor,
  type BoardChange,
  boardChangeRefusal,
  type CitationCheck,
  isPlainCardEdit,
  observeBoardChanges,
  type Refusal,
} from "@atelier/shared";
import { isTransactionOrigin } from "@hocuspocus/server";
import * as Y from "yjs";

const JUDGED = Symbol("judged update");
/** What the copy takes from the real document: already accepted, there is nothing to judge in it. */
const FOLLOWED = Symbol("followed update");
/** How many accepted updates the copy may lag behind before it takes them in, in one transaction. */
const CATCH_UP_AFTER = 256;

/** Whether a transaction's origin is Hocuspocus applying what this connection sent. */
function sentBy(origin: unknown, connection: object): boolean {
  return isTransactionOrigin(origin) && origin.source === "connection" && origin.connection === connection;
}

/**
 * Judges the updates sent to a board before the real document accepts them. Plain card edits (see
 * isPlainCardEdit) are read and let through as they are. Anything else is tried on a copy of the board: Yjs cannot
 * take an update back, so it is judged on the copy, and Hocuspocus applies it for real only if the judgement let
 * it through.
 *
 * The copy is made when first needed. It takes in what the real document accepted from elsewhere in batches,
 * always before a trial, until that has cost as much as making it again: then it is let go, and made again at the
 * next trial. It is let go as well after a refusal, or when an update it holds never reached the real document.
 *
 * Between a judgement and Hocuspocus' application of the same update only promise callbacks run, no other message:
 * no other update is judged or applied in between (two tabs spending the last vote at once are judged in turn).
 */
export class ShadowBoard {
  private copy: Y.Doc | null = null;
  /** Updates the real document accepted that the copy has yet to take in. */
  private behind: Uint8Array[] = [];
  private lastChange: BoardChange | undefined;
  /** Whether the last judged update added or deleted anything on the copy. */
  private lastGrew = false;
  private readonly real: Y.Doc;
  /** The connection whose accepted update the copy holds and the real document has yet to receive. */
  private awaited: object | null = null;
  /** Size of the state the copy was built from: what building it again would cost. */
  private builtFromBytes = 0;
  /** Bytes of accepted updates the copy has taken in or has yet to, since it was built. */
  private followedBytes = 0;
  private readonly follow = (update: Uint8Array, origin: unknown) => {
    if (!this.copy) return;
    if (this.awaited && sentBy(origin, this.awaited)) {
      this.awaited = null;
      return;
    }
    this.followedBytes += update.byteLength;
    // Once following has cost as much as building the copy again, let it go: a board where no one adds, deletes or
    // votes for a while (everyone writing) then costs nothing more than its plain edits.
    if (this.followedBytes > this.builtFromBytes) return this.dropCopy();
    this.behind.push(update);
    if (this.behind.length >= CATCH_UP_AFTER) this.catchUp(this.copy);
  };

  constructor(real: Y.Doc) {
    this.real = real;
    real.on("update", this.follow);
  }

  /**
   * Why the actor may not apply this update, or null when the real document may take it. After a trial on the
   * copy, the copy holds it and expects it from `connection` in the real document (see `settle`).
   */
  judge(update: Uint8Array, actor: Actor, connection: object, knownCitation: CitationCheck): Refusal | null {
    if (isPlainCardEdit(this.real, update, actor)) return null;
    const copy = this.copy ?? this.build();
    this.catchUp(copy);
    this.lastChange = undefined;
    this.lastGrew = false;
    try {
      Y.applyUpdate(copy, update, JUDGED);
    } catch {
      return this.refuse({ code: "writeUnreadable", params: {} });
    }
    if (copy.store.pendingStructs || copy.store.pendingDs) {
      return this.refuse({ code: "writeIncomplete", params: {} });
    }
    const refusal = this.lastChange ? boardChangeRefusal(this.lastChange, this.real, copy, actor, knownCitation) : null;
    if (refusal) return this.refuse(refusal);
    if (this.lastGrew) this.awaited = connection;
    return null;
  }

  /**
   * Once the connection's message is handled: an accepted update the real document did not receive (the
   * connection turned read-only as the board was locked) must not stay in the copy.
   */
  settle(connection: object): void {
    if (this.awaited === connection) this.dropCopy();
  }

  destroy(): void {
    this.real.off("update", this.follow);
    this.dropCopy();
  }

  private dropCopy(): void {
    this.copy?.destroy();
    this.copy = null;
    this.behind = [];
    this.awaited = null;
  }

  private catchUp(copy: Y.Doc): void {
    if (this.behind.length === 0) return;
    const updates = this.behind;
    this.behind = [];
    Y.transact(
      copy,
      () => {
        for (const update of updates) Y.applyUpdate(copy, update);
      },
      FOLLOWED,
    );
  }

  private refuse(reason: Refusal): Refusal {
    this.dropCopy();
    return reason;
  }

  private build(): Y.Doc {
    const copy = new Y.Doc();
    const state = Y.encodeStateAsUpdate(this.real);
    Y.applyUpdate(copy, state);
    this.builtFromBytes = state.byteLength;
    this.followedBytes = 0;
    observeBoardChanges(copy, (change, tr) => {
      if (tr.origin !== JUDGED) return;
      this.lastChange = change;
      this.lastGrew =
        tr.deleteSet.clients.size > 0 ||
        [...tr.afterState].some(([client, clock]) => tr.beforeState.get(client) !== clock);
    });
    this.copy = copy;
    return copy;
  }
}
