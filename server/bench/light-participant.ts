import { addCard, updateCard } from "@atelier/shared";
import * as Y from "yjs";
import { benchClock, markedTitle, markersIn } from "./edit-marker.ts";
import { LightConnection } from "./light-connection.ts";

/** Where a simulated partner sits: their board and instance, their own token and the id their cards carry. */
export interface Seat {
  url: string;
  board: string;
  token: string;
  participantId: string;
  /** Their place on the board: the card they add and go on retitling is `p${seat}`. */
  seat: number;
  /** Which server instance they are connected to, carried in their edits' markers. */
  instance: number;
}

/** A peer's edit seen by a participant: when it was made and seen (bench clock), and whether it crossed instances. */
export type PeerEditListener = (sentAt: number, receivedAt: number, sameInstance: boolean) => void;

/**
 * A simulated partner on a light connection. Its Yjs document holds its own card only (it never applies what it
 * receives): each edit is a tiny update made with the participant's own client id, on the card it created with its
 * own author id, so the server's write guard judges it as it would a real partner's. What it receives it only scans
 * for the markers of others' edits.
 */
export class LightParticipant {
  private readonly seat: Seat;
  private readonly connection: LightConnection;
  private readonly doc: Y.Doc;

  private constructor(seat: Seat, connection: LightConnection, doc: Y.Doc) {
    this.seat = seat;
    this.connection = connection;
    this.doc = doc;
  }

  /** Connects, adds the participant's card and resolves once the server accepted it. */
  static async join(seat: Seat, onPeerEdit: PeerEditListener): Promise<LightParticipant> {
    const { connection } = await LightConnection.open(seat.url, seat.board, seat.token, (update, receivedAt) => {
      for (const marker of markersIn(update)) {
        if (marker.seat === seat.seat && marker.instance === seat.instance) continue;
        onPeerEdit(marker.sentAt, receivedAt, marker.instance === seat.instance);
      }
    });
    const doc = new Y.Doc();
    let update: Uint8Array | undefined;
    doc.once("update", (made: Uint8Array) => {
      update = made;
    });
    const author = {
      authorId: seat.participantId,
      authorName: `Partenaire ${seat.seat}`,
      authorRole: "partner",
    } as const;
    addCard(doc, `p${seat.seat}`, { kind: "besoin", title: `Carte ${seat.seat}`, ...author }, Date.now());
    if (!update || !(await connection.send(update))) throw new Error(`card p${seat.seat} refused on ${seat.board}`);
    const participant = new LightParticipant(seat, connection, doc);
    doc.on("update", (made: Uint8Array) => void participant.connection.send(made));
    return participant;
  }

  /** Retitles the participant's card with a marker saying who edited it and when; returns when (bench clock). */
  edit(): number {
    const { instance, seat } = this.seat;
    const sentAt = benchClock();
    updateCard(this.doc, `p${seat}`, { title: markedTitle({ instance, seat, sentAt }) }, Date.now());
    return sentAt;
  }

  leave(): Promise<void> {
    this.doc.destroy();
    return this.connection.close();
  }
}
