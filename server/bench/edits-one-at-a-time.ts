import { addCard, boardCardMaps, listCards, updateCard } from "@atelier/shared";
import { type CollabClient, connectClient, waitFor } from "../test/support/collab-client.ts";
import { processUsage } from "./process-usage.ts";

/**
 * Server CPU per edit when two participants edit one at a time, each edit waiting until the other participant
 * sees it. The edit load shares the machine's two cores between the server and hundreds of simulated clients,
 * which blurs a small difference; this isolates what the server spends on one edit.
 */
export async function cpuPerEdit(
  url: string,
  board: string,
  people: { token: string; participantId: string }[],
  serverPid: number,
  edits: number,
): Promise<number> {
  const pair: CollabClient[] = [];
  for (const [i, person] of people.slice(0, 2).entries()) {
    const client = await connectClient(url, board, person.token);
    const author = { authorId: person.participantId, authorName: `Partenaire ${i}`, authorRole: "partner" } as const;
    addCard(client.doc, `p${i}`, { kind: "besoin", title: "Départ", ...author }, Date.now());
    pair.push(client);
  }
  let seen: (() => void) | undefined;
  for (const client of pair) {
    await waitFor(
      () => listCards(client.doc).length,
      (n) => n === pair.length,
    );
    boardCardMaps(client.doc).observeDeep((_, transaction) => {
      if (!transaction.local) seen?.();
    });
  }
  const before = processUsage(serverPid).cpuSeconds;
  for (let i = 0; i < edits; i++) {
    const editor = pair[i % pair.length] as CollabClient;
    const arrived = new Promise<void>((resolve) => {
      seen = resolve;
    });
    updateCard(editor.doc, `p${i % pair.length}`, { title: `Édition ${i}` }, Date.now());
    await arrived;
  }
  const cpuSeconds = processUsage(serverPid).cpuSeconds - before;
  for (const client of pair) client.provider.destroy();
  return (cpuSeconds / edits) * 1e6;
}
