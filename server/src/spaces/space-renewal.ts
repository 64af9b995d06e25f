import { compareServices, MAX_SERVICES_PER_SPACE, type Party } from "@atelier/shared";
import type { BoardRecord } from "../store/space-store.ts";
import type { Store } from "../store/store.ts";
import { newId } from "./secrets.ts";

/**
 * What the next convention starts from, of the previous one's signatories: the same partners and representatives,
 * none of them having signed it yet.
 */
export const unsignedParties = (parties: readonly Party[]): Party[] =>
  parties.map(({ signedOn: _, ...party }) => party);

/**
 * The thematic groups the next convention starts with: the previous one's active boards, their themes and
 * descriptions in their order, empty. A theme it had archived (a default one it did not keep) is left behind.
 */
export function carriedBoards(boards: readonly BoardRecord[], spaceId: string, now: number): BoardRecord[] {
  return boards
    .filter((board) => !board.archived)
    .map((board, position) => ({
      id: newId(),
      spaceId,
      theme: board.theme,
      description: board.description,
      position,
      archived: false,
      createdAt: now,
    }));
}

/**
 * Copies into the new space what the territory already knows: the imported indicators (the same figures under new
 * ids, so that the two spaces' corrections stay apart) and the services of the territory (l'offre existante).
 */
export async function carryTerritoryKnowledge(store: Store, fromId: string, toId: string, now: number): Promise<void> {
  const figures = await store.indicators.list(fromId);
  await store.indicators.upsert(
    toId,
    figures.map(({ id: _, spaceId: __, ...figure }) => figure),
    newId,
  );
  const services = (await store.territoryServices.list(fromId)).sort(compareServices);
  for (const [index, { themeHint: _, ...service }] of services.entries()) {
    // Recorded one after the other in the order the space lists them.
    await store.territoryServices.add(
      { ...service, id: newId(), spaceId: toId, createdAt: now + index },
      MAX_SERVICES_PER_SPACE,
    );
  }
}
