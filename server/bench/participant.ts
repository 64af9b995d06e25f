import { addCard } from "@atelier/shared";
import { type CollabClient, connectClient } from "../test/support/collab-client.ts";

/** A simulated partner: the token they joined with, and the id the server knows them by (their cards carry it). */
export interface Person {
  token: string;
  participantId: string;
}

/** Participant i joins the board with their own token and adds the card `p${i}` they will go on retitling. */
export async function joinWithCard(url: string, board: string, person: Person, i: number, title: string) {
  const client: CollabClient = await connectClient(url, board, person.token);
  const author = { authorId: person.participantId, authorName: `Partenaire ${i}`, authorRole: "partner" } as const;
  addCard(client.doc, `p${i}`, { kind: "besoin", title, ...author }, Date.now());
  return client;
}
