import { readFile } from "node:fs/promises";
import {
  addCard,
  type CreatedSpaceView,
  FACILITATOR_PARTICIPANT_ID,
  groupCards,
  type JoinedView,
  setCardStatus,
} from "@atelier/shared";
import type { Locator, Page } from "playwright-core";
import { writeBoard } from "./board-seed.ts";
import type { TestServer } from "./test-server.ts";

const author = { authorId: FACILITATOR_PARTICIPANT_ID, authorName: "Claire (Caf)", authorRole: "facilitator" } as const;

/**
 * A board of the space where the workshop agreed on a cluster of two cards, ready to be promoted: written through a
 * standard provider, as the facilitator's board would have.
 */
export async function seedAgreedCluster(
  server: TestServer,
  space: CreatedSpaceView,
  cluster: { name: string; cards: [string, string] },
): Promise<{ boardId: string; theme: string; clusterId: string }> {
  const board = space.boards[0];
  if (!board) throw new Error("the space has no board");
  const clusterId = "cluster-agreed";
  await writeBoard(server.wsUrl, board.documentName, space.facilitatorSecret, (doc) => {
    const [first, second] = cluster.cards;
    addCard(doc, "card-need", { kind: "besoin", title: first, ...author }, Date.now());
    addCard(doc, "card-finding", { kind: "constat", title: second, ...author }, Date.now());
    groupCards(doc, "card-need", "card-finding", { id: clusterId, name: cluster.name, color: "vert" });
    setCardStatus(doc, "card-need", "agreed", Date.now());
    setCardStatus(doc, "card-finding", "agreed", Date.now());
  });
  return { boardId: board.id, theme: board.theme, clusterId };
}

/** Promotes a cluster into the plan through the HTTP API, as the board's "promote" action does. */
export async function promoteCluster(
  server: TestServer,
  space: CreatedSpaceView,
  seeded: { boardId: string; clusterId: string },
  title: string,
): Promise<string> {
  const response = await server.request("POST", `/api/spaces/${space.id}/plan/promotions`, {
    token: space.facilitatorSecret,
    body: { boardId: seeded.boardId, clusterId: seeded.clusterId, target: { axisId: null, title } },
  });
  if (response.status !== 201) throw new Error(`promotion refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { ficheId: string }).ficheId;
}

/** A COPIL and the version of the plan it validated, recorded through the HTTP API. */
export async function recordCopil(server: TestServer, space: CreatedSpaceView, label: string): Promise<void> {
  const meeting = await server.request("POST", `/api/spaces/${space.id}/meetings`, {
    token: space.facilitatorSecret,
    body: { date: "2024-03-12", kind: "copil", title: "COPIL de validation du plan", decisions: "Plan validé." },
  });
  if (meeting.status !== 201) throw new Error(`meeting refused: ${meeting.status} ${await meeting.text()}`);
  const { id } = (await meeting.json()) as { id: string };
  const version = await server.request("POST", `/api/spaces/${space.id}/plan/versions`, {
    token: space.facilitatorSecret,
    body: { label, meetingId: id },
  });
  if (version.status !== 201) throw new Error(`version refused: ${version.status} ${await version.text()}`);
}

/** The plan's address with the facilitator's access link (optionally straight to one fiche). */
export function facilitatorPlanUrl(server: TestServer, space: CreatedSpaceView, ficheId?: string): string {
  const search = ficheId ? `?fiche=${encodeURIComponent(ficheId)}` : "";
  return `${server.url}/espaces/${space.id}/plan${search}#acces=${space.facilitatorSecret}`;
}

/** Opens the plan under a display name (the one other people's carets show), once synced with the server. */
export async function openPlan(page: Page, url: string, displayName?: string): Promise<void> {
  if (displayName) await page.addInitScript((name) => window.localStorage.setItem("atelier:name", name), displayName);
  await page.goto(url);
  await page.getByRole("heading", { level: 1, name: "Plan d'actions" }).waitFor();
  await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
}

/** Opens the plan as a partner or observer who joined through an invitation link on this browser. */
export async function openPlanAs(page: Page, server: TestServer, joined: JoinedView): Promise<void> {
  const { participantToken: token, ...view } = joined;
  await page.addInitScript(({ key, value }) => window.localStorage.setItem(key, value), {
    key: `atelier:participant:${joined.spaceId}`,
    value: JSON.stringify({ token, view }),
  });
  await page.goto(`${server.url}/espaces/${joined.spaceId}/plan`);
  await page.getByRole("heading", { level: 1, name: "Plan d'actions" }).waitFor();
  await page.getByRole("status").filter({ hasText: "Connecté" }).waitFor();
}

export async function goToView(page: Page, name: string): Promise<void> {
  const link = page.getByRole("navigation", { name: "Rubriques du plan d'actions" }).getByRole("link", { name });
  await link.click();
  await page.locator("a[aria-current='page']", { hasText: name }).waitFor();
}

export function unplacedFiches(page: Page): Locator {
  return page.getByRole("region", { name: "Fiches à rattacher à un axe" });
}

export function ficheLink(area: Page | Locator, title: string): Locator {
  return area.getByRole("link", { name: title, exact: true });
}

export function descriptionEditor(page: Page): Locator {
  return page.getByRole("textbox", { name: "Description", exact: true });
}

/** The rows of a chart's data table (opened first), as plain-spaced cell texts. */
export async function chartData(page: Page, title: string): Promise<string[][]> {
  const figure = page.getByRole("figure", { name: title });
  const details = figure.locator("details");
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.locator("summary").click();
  }
  return figure
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.children, (cell) => (cell.textContent ?? "").replace(/[\u00a0\u202f]/g, " ").trim()),
      ),
    );
}

/** Clicks a download button and waits for the browser's download: its file name and its bytes. */
export async function downloadFrom(page: Page, button: string): Promise<{ fileName: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), bytes: await readFile(path) };
}
