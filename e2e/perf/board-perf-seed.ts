import type { TestServer } from "@atelier/server/testing";
import { addCard, CLUSTER_COLORS, createCluster, moveCard } from "@atelier/shared";
import type { Page } from "playwright-core";
import type * as Y from "yjs";
import { writeBoard } from "../support/board-seed.ts";

export interface PerfBoard {
  url: string;
  documentName: string;
  token: string;
}

const LANES = 10;
const SEED_PART = 250;
const KINDS = ["constat", "besoin", "piste", "ressource"] as const;
const author = { authorId: "facilitator", authorName: "Claire (Caf)", authorRole: "facilitator" } as const;

/** A board of `cards` cards of a new space: ten lanes holding nine tenths of them, the rest loose. */
export async function perfBoard(server: TestServer, cards: number): Promise<PerfBoard> {
  const space = await server.createSpace();
  const board = space.boards[0];
  if (!board) throw new Error("the new space has no board");
  const write = (change: (doc: Y.Doc) => void) =>
    writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, (doc) => doc.transact(() => change(doc)));
  await write((doc) => {
    for (let lane = 0; lane < LANES; lane++)
      createCluster(doc, `lane-${lane}`, { name: `Groupe ${lane + 1}`, color: CLUSTER_COLORS[lane % 8] ?? "bleu" });
  });
  // In parts: one update of thousands of cards keeps the server busy past its connection timeout.
  for (let first = 0; first < cards; first += SEED_PART) {
    await write((doc) => {
      for (let index = first; index < Math.min(cards, first + SEED_PART); index++) {
        const id = `card-${index}`;
        const kind = KINDS[index % KINDS.length] ?? "constat";
        addCard(doc, id, { kind, title: `Carte ${index}`, source: "", ...author }, Date.now());
        if (index % 10 !== 9) moveCard(doc, id, `lane-${index % LANES}`, Number.POSITIVE_INFINITY);
      }
    });
  }
  return {
    url: `${server.url}/espaces/${space.id}/tableaux/${board.id}#acces=${space.facilitatorSecret}`,
    documentName: board.documentName,
    token: space.facilitatorSecret,
  };
}

/** The facilitator's name is remembered, as after a first visit: the board opens without asking it. */
export async function rememberName(page: Page): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem("atelier:name", "Mesure"));
}

/** Opens the board and waits until all its cards are in the page. */
export async function openPerfBoard(page: Page, board: PerfBoard, cards: number): Promise<void> {
  await rememberName(page);
  await page.goto(board.url);
  await page.waitForFunction((count) => document.getElementsByClassName("card").length >= count, cards, {
    timeout: 120_000,
    polling: 500,
  });
}
