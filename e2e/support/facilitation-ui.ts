import type { Locator, Page } from "playwright-core";

/** The facilitation area at the top of a live board: phase, timer, tools, notices. */
export function facilitationPanel(page: Page): Locator {
  return page.getByRole("region", { name: "Animation de l'atelier" });
}

/** The step of the workshop the page shows as current (its visible label, number included). */
export function currentPhase(page: Page): Locator {
  return page.getByRole("region", { name: "Étapes de l'atelier" }).locator('[aria-current="step"]');
}

export async function choosePhase(page: Page, label: string): Promise<void> {
  await page.getByRole("region", { name: "Étapes de l'atelier" }).getByRole("button", { name: label }).click();
}

/** Unfolds the facilitator's tools (timer, lock, hidden mode, follow me, vote) unless they are open already. */
export async function openFacilitatorTools(page: Page): Promise<void> {
  const toggle = facilitationPanel(page).getByRole("button", { name: "Outils d'animation" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
}

export async function startTimerPreset(page: Page, minutes: number): Promise<void> {
  await openFacilitatorTools(page);
  await page
    .getByRole("group", { name: "Lancer le minuteur" })
    .getByRole("button", { name: `${minutes} min`, exact: true })
    .click();
}

export function timerDigits(page: Page): Locator {
  return page.getByTestId("timer-digits");
}

/** The seconds a "mm:ss" countdown shows. */
export async function timerSeconds(page: Page): Promise<number> {
  const [minutes, seconds] = ((await timerDigits(page).textContent()) ?? "").split(":").map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

export async function openVote(page: Page, budget: number): Promise<void> {
  await openFacilitatorTools(page);
  // Entering the "Voter" step opened a vote with the last budget: another budget closes it and clears its results
  // (which asks first), then opens a new round.
  const close = page.getByRole("button", { name: "Clore le vote" });
  if (await close.isVisible()) await close.click();
  const clear = page.getByRole("button", { name: "Effacer le vote" });
  if (await clear.isVisible()) {
    await clear.click();
    await page.getByRole("button", { name: "Effacer les résultats" }).click();
  }
  await page.getByLabel("Votes par personne").fill(String(budget));
  await page.getByRole("button", { name: "Ouvrir le vote" }).click();
}

export function voteButton(page: Page, title: string): Locator {
  return page.getByRole("button", { name: `Voter pour « ${title} »`, exact: true });
}

export function unvoteButton(page: Page, title: string): Locator {
  return page.getByRole("button", { name: `Retirer un vote pour « ${title} »`, exact: true });
}

export function votesLeft(page: Page): Locator {
  return page.getByTestId("votes-left");
}

export function voteResults(page: Page): Locator {
  return page.getByRole("region", { name: "Résultats du vote" });
}

/** The rows of one of the results' lists ("Cartes", "Regroupements"), most voted first, as "name · n votes". */
export async function rankedRows(page: Page, list: "Cartes" | "Regroupements"): Promise<string[]> {
  const rows = voteResults(page).getByRole("region", { name: list }).getByRole("listitem");
  return rows.evaluateAll((items) =>
    items.map(
      (item) =>
        `${item.querySelector(".results__label")?.textContent} · ${item.querySelector(".results__count")?.textContent}`,
    ),
  );
}

/** Whether the element's box lies within the page's viewport. */
export async function inViewport(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height;
}
