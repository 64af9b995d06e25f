import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { CardKind } from "@atelier/shared";
import type { Locator, Page } from "playwright-core";

const ARTIFACTS = resolve(import.meta.dirname, "../artifacts");

/** Like saveScreenshot, of what the screen shows (a full-screen dialog) or of one element (a section). */
export async function saveScreenshotOf(target: Page | Locator, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await target.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The facilitator's "Inviter" section of a space page. */
export function invitationsSection(page: Page): Locator {
  return page.getByRole("region", { name: "Inviter" });
}

export interface InvitationChoices {
  role: "Partenaires" | "Habitants" | "Observateurs";
  label: string;
  /** Board themes; all of the space's boards when absent. */
  boards?: string[];
  moderated?: boolean;
}

/** Fills the invitation form on a facilitator's space page; resolves with the link, shown once. */
export async function createInvitation(page: Page, choices: InvitationChoices): Promise<string> {
  const form = page.getByRole("form", { name: "Créer un lien d'invitation" });
  await form.getByRole("radio", { name: choices.role }).check();
  await form.getByRole("textbox", { name: /^Libellé du lien/ }).fill(choices.label);
  if (choices.boards) {
    await form.getByRole("radio", { name: "Une sélection de tableaux" }).check();
    for (const theme of choices.boards) await form.getByRole("checkbox", { name: theme }).check();
  }
  if (choices.moderated) await form.getByRole("checkbox", { name: /^Relire chaque contribution/ }).check();
  await form.getByRole("button", { name: "Créer le lien" }).click();
  const created = page.getByRole("region", { name: `Lien créé : ${choices.label}` });
  return created.getByRole("textbox", { name: "Lien d'invitation" }).inputValue();
}

export function invitationItem(page: Page, label: string): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: label, exact: true }) });
}

export async function revokeInvitation(page: Page, label: string): Promise<void> {
  const item = invitationItem(page, label);
  await item.getByRole("button", { name: `Révoquer le lien « ${label} »` }).click();
  await item.getByRole("button", { name: "Révoquer", exact: true }).click();
  await item.getByText("Révoqué", { exact: true }).waitFor();
}

/** On the join page a partner link leads to: name, structure, and in. */
export async function joinAsPartner(
  page: Page,
  partner: { name: string; organisation: string; precision?: string },
): Promise<void> {
  await page.getByRole("textbox", { name: /^Votre nom/ }).fill(partner.name);
  await page.getByRole("combobox", { name: "Votre structure" }).selectOption(partner.organisation);
  await page.getByRole("textbox", { name: /^Précisez/ }).fill(partner.precision ?? "");
  await page.getByRole("button", { name: "Rejoindre" }).click();
}

/**
 * From a space page, opens a board as someone who joined through a link: the board may take the name given when
 * joining, or ask for it again.
 */
export async function openBoardFromSpace(page: Page, theme: string, name: string): Promise<void> {
  await page.getByRole("link", { name: theme }).click();
  const nameField = page.getByLabel("Votre nom");
  const connected = page.getByRole("status").filter({ hasText: "Connecté" });
  await nameField.or(connected).first().waitFor();
  if (await nameField.isVisible()) {
    await nameField.fill(name);
    await page.getByRole("button", { name: "Rejoindre le tableau" }).click();
  }
  await connected.waitFor();
}

/** On the join page a habitant link leads to: a pseudonym only. */
export async function joinAsHabitant(page: Page, pseudonym: string): Promise<void> {
  await page.getByRole("textbox", { name: /^Votre pseudonyme/ }).fill(pseudonym);
  await page.getByRole("button", { name: "Rejoindre" }).click();
}

/** On the habitant page of a board: sends an idea through the form. */
export async function contribute(page: Page, idea: { kind?: CardKind; title: string; body?: string }): Promise<void> {
  const form = page.getByRole("form", { name: "Proposer une idée" });
  if (idea.kind) await form.locator(`input[type="radio"][value="${idea.kind}"]`).check();
  await form.getByRole("textbox", { name: "Votre idée, en une phrase" }).fill(idea.title);
  await form.getByRole("textbox", { name: /^Précisions/ }).fill(idea.body ?? "");
  await form.getByRole("button", { name: "Envoyer" }).click();
}

export function contributionOutcome(page: Page): Locator {
  return page.getByRole("form", { name: "Proposer une idée" }).getByRole("status");
}

/** A contribution as the habitant page lists it. */
export function contributionTitled(page: Page, title: string): Locator {
  return page.getByRole("article", { name: title, exact: true });
}

/** One of the habitant's own contributions, listed as waiting for the facilitator's acceptance. */
export function awaitingContribution(page: Page, title: string): Locator {
  return contributionTitled(page, title).filter({ hasText: "En attente de validation" });
}

/** The habitant's own contributions: published cards and those awaiting moderation. */
export function myContributions(page: Page): Locator {
  return page.getByRole("region", { name: /^Mes contributions/ });
}

/** How long a list the page polls (every 3 s) may take to show a change. */
export const POLLED_TIMEOUT_MS = 5_000;

export function moderationQueue(page: Page): Locator {
  return page.getByRole("region", { name: /^Contributions à valider/ });
}
