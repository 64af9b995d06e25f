import { boardCardMaps, listCards, updateCard } from "@atelier/shared";
import { type CollabClient, waitFor } from "../test/support/collab-client.ts";
import { joinWithCard, type Person } from "./participant.ts";
import { processUsage } from "./process-usage.ts";

/**
 * Server CPU per edit when two participants edit one at a time, each edit waiting until the other participant
 * sees it. The edit load shares the machine's two cores between the server and hundreds of simulated clients,
 * which blurs a small difference; this isolates what the server spends on one edit.
 */
export async function cpuPerEdit(
  url: string,
  board: string,
  people: Person[],
  serverPid: number,
  edits: number,
): Promise<number> {
  const pair: CollabClient[] = [];
  for (const [i, person] of people.slice(0, 2).entries()) {
    pair.push(await joinWithCard(url, board, person, i, "Départ"));
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
