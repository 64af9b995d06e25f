import type { CardKind } from "@atelier/shared";
import type { Locator, Page } from "playwright-core";

/** How long a change made in one browser may take to show in another: live means well under this. */
export const LIVE_TIMEOUT_MS = 2_000;

/** Fills the home page form; resolves with the facilitator link the space page then shows once. */
export async function createSpaceFromHome(
  page: Page,
  space: { name: string; start: number; end: number },
): Promise<{ spaceUrl: string; facilitatorLink: string }> {
  await page.getByLabel("Nom du territoire").fill(space.name);
  await page.getByLabel("Année de début").fill(String(space.start));
  await page.getByLabel("Année de fin").fill(String(space.end));
  await page.getByRole("button", { name: "Créer l'espace" }).click();
  await page.getByRole("heading", { level: 1, name: space.name }).waitFor();
  const facilitatorLink = await page.getByRole("textbox", { name: "Lien animateur" }).inputValue();
  return { spaceUrl: page.url(), facilitatorLink };
}

/** From a space page: opens a thematic board and joins it under a display name. */
export async function joinBoard(page: Page, theme: string, displayName: string): Promise<void> {
  await page.getByRole("link", { name: theme }).click();
  await page.getByLabel("Votre nom").fill(displayName);
  await page.getByRole("button", { name: "Rejoindre le tableau" }).click();
  await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
}

export async function addCard(page: Page, card: { kind: CardKind; title: string; source?: string }): Promise<void> {
  // On a phone the form is folded behind a button of the same name.
  const folded = page.getByRole("button", { name: "Ajouter une carte", expanded: false });
  if (await folded.isVisible()) await folded.click();
  const form = page.getByRole("form", { name: "Ajouter une carte" });
  await form.getByLabel("Type").selectOption(card.kind);
  await form.getByRole("textbox", { name: "Titre", exact: true }).fill(card.title);
  await form.getByRole("textbox", { name: /^Source/ }).fill(card.source ?? "");
  await form.getByRole("button", { name: "Ajouter la carte" }).click();
}

export function cardTitled(page: Page, title: string): Locator {
  return page.getByRole("article", { name: title, exact: true });
}

export function cardBody(card: Locator): Locator {
  return card.getByRole("textbox", { name: /^Description de la carte/ });
}

export function presentPeople(page: Page): Locator {
  return page.getByRole("region", { name: "Participants présents" }).getByRole("listitem");
}
