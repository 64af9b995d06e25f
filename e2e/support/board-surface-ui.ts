import type { JoinedView } from "@atelier/shared";
import type { Locator, Page } from "playwright-core";
import { rememberParticipantAccess } from "./participant-access.ts";

/** Opens a board straight from its address with the facilitator's access link, under a display name. */
export async function openBoard(page: Page, boardUrl: string, displayName: string): Promise<void> {
  await page.goto(boardUrl);
  await page.getByLabel("Votre nom").fill(displayName);
  await page.getByRole("button", { name: "Rejoindre le tableau" }).click();
  await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
}

/** Opens a board as someone who joined through an invitation link: the board takes the name they gave then. */
export async function openBoardAs(page: Page, serverUrl: string, joined: JoinedView, boardId: string): Promise<void> {
  await rememberParticipantAccess(page, joined);
  await page.goto(`${serverUrl}/espaces/${joined.spaceId}/tableaux/${boardId}`);
  await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
}

export function looseCards(page: Page): Locator {
  return page.getByRole("region", { name: "Cartes non regroupées", exact: true });
}

export function clusterLane(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

export function cardIn(area: Locator, title: string): Locator {
  return area.getByRole("article", { name: title, exact: true });
}

export function dragHandle(card: Locator): Locator {
  return card.getByRole("button", { name: /^Déplacer «\s/ });
}

async function centerOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("element not visible");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A real mouse drag: press on the card's handle, travel in several steps (as a hand does, and as dnd-kit needs to
 * recognise a drag), then release at `to` (its centre, or a fraction of its height from the top).
 */
export async function dragCardWithMouse(page: Page, card: Locator, to: Locator, heightFraction = 0.5): Promise<void> {
  const handle = dragHandle(card);
  await handle.scrollIntoViewIfNeeded();
  const start = await centerOf(handle);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 12, { steps: 4 });
  await to.scrollIntoViewIfNeeded();
  // Lifting a card reflows the board (its area shrinks, lanes move up): aim again until the target stays put.
  let aimed: { x: number; y: number } | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const box = await to.boundingBox();
    if (!box) throw new Error("drop target not visible");
    const end = { x: box.x + box.width / 2, y: box.y + box.height * heightFraction };
    if (aimed && Math.abs(aimed.x - end.x) < 1 && Math.abs(aimed.y - end.y) < 1) break;
    await page.mouse.move(end.x, end.y, { steps: aimed ? 4 : 12 });
    await page.mouse.move(end.x + 1, end.y + 1, { steps: 2 });
    aimed = end;
    await page.waitForTimeout(50);
  }
  // As a person does, release once the page shows where the card will land (a line, an outline, a lit zone).
  await page.locator("[data-drop], [data-targeted]").first().waitFor({ state: "attached" });
  await page.mouse.up();
}

/** Shows a card's move menu, edit and delete buttons. */
export async function openCardActions(card: Locator): Promise<void> {
  await card.getByRole("button", { name: /^Actions sur la carte/ }).click();
}

/** Unfolds a card's description: its live editor appears. */
export async function unfoldBody(card: Locator): Promise<void> {
  await card.getByRole("button", { name: /^Description de «\s/ }).click();
}

/** Opens a card's actions and moves it from its menu, without dragging. */
export async function moveWithMenu(card: Locator, destination: string): Promise<void> {
  await openCardActions(card);
  await card.getByLabel("Déplacer vers").selectOption({ label: destination });
  await card.getByRole("button", { name: "Déplacer", exact: true }).click();
}

/** The titles of the cards in an area, in the order the page shows them. */
export function titlesIn(area: Locator): Promise<string[]> {
  return area.getByRole("article").evaluateAll((cards) => cards.map((card) => card.getAttribute("aria-label") ?? ""));
}

/** Waits until an area shows exactly these cards in this order (live changes take up to LIVE_TIMEOUT_MS). */
export async function waitForTitles(area: Locator, expected: string[], timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen: string[] = [];
  while (Date.now() <= deadline) {
    seen = await titlesIn(area).catch(() => []);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`expected ${JSON.stringify(expected)}, saw ${JSON.stringify(seen)}`);
}

/** What dnd-kit last told screen readers about the drag in progress. */
export function dragAnnouncement(page: Page): Locator {
  return page.locator("[id^='DndLiveRegion']");
}
