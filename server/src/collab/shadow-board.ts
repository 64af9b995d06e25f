import { type Actor, type BoardChange, boardChangeRefusal, observeBoardChanges } from "@atelier/shared";
import * as Y from "yjs";

const JUDGED = Symbol("judged update");

/**
 * A copy of a board document on which an incoming update is tried before the real document accepts it: Yjs
 * cannot take an update back, so it is judged on the copy and only then applied for real. The copy follows every
 * update the real document accepts; after a refusal it is rebuilt from the real document.
 */
export class ShadowBoard {
  private copy: Y.Doc;
  private lastChange: BoardChange | undefined;
  private readonly real: Y.Doc;
  /** Set while an update judged on the copy goes into the real document: the copy has it already. */
  private applyingJudged = false;
  private readonly follow = (update: Uint8Array, origin: unknown) => {
    if (origin !== JUDGED && !this.applyingJudged) Y.applyUpdate(this.copy, update, JUDGED);
  };

  constructor(real: Y.Doc) {
    this.real = real;
    this.copy = this.rebuild();
    real.on("update", this.follow);
  }

  /** Why the actor may not apply this update, or null when the real document may take it. */
  judge(update: Uint8Array, actor: Actor): string | null {
    this.lastChange = undefined;
    try {
      Y.applyUpdate(this.copy, update, JUDGED);
    } catch {
      return this.refuse("Mise à jour Yjs illisible.");
    }
    if (this.copy.store.pendingStructs || this.copy.store.pendingDs) {
      return this.refuse("Mise à jour incomplète : reconnectez-vous pour resynchroniser le tableau.");
    }
    const refusal = this.lastChange ? boardChangeRefusal(this.lastChange, this.real, this.copy, actor) : null;
    return refusal ? this.refuse(refusal) : null;
  }

  /** Applies an update `judge` accepted to the real document, right after the judgement. */
  applyJudged(update: Uint8Array, origin: unknown): void {
    this.applyingJudged = true;
    try {
      Y.applyUpdate(this.real, update, origin);
    } finally {
      this.applyingJudged = false;
    }
  }

  destroy(): void {
    this.real.off("update", this.follow);
    this.copy.destroy();
  }

  private refuse(reason: string): string {
    this.copy.destroy();
    this.copy = this.rebuild();
    return reason;
  }

  private rebuild(): Y.Doc {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(this.real));
    observeBoardChanges(copy, (change, tr) => {
      if (tr.origin === JUDGED) this.lastChange = change;
    });
    return copy;
  }
}
