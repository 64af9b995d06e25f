import type { CreatedSpaceView } from "@atelier/shared";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { contribute, joinAsHabitant, joinAsPartner } from "../support/participation-ui.ts";

useServerAndBrowser();

const PHONE = { width: 390, height: 844 };
let space: CreatedSpaceView;

beforeAll(async () => {
  space = await server.createSpace("CdC Conflent-Canigou");
});

async function invitationLink(role: "habitant" | "partner"): Promise<string> {
  const response = await server.request("POST", `/api/spaces/${space.id}/invitations`, {
    token: space.facilitatorSecret,
    body: { role, label: `Lien ${role}` },
  });
  const { token } = (await response.json()) as { token: string };
  return `${server.url}/rejoindre#invitation=${token}`;
}

/** The scripts a page downloads, by path, in order. */
function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

describe("the phones' build (React's API on Preact)", () => {
  it("draws a habitant's way in and their participation page, without the main build's scripts", async () => {
    const { page, errors } = await browser.newPage(PHONE);
    const scripts = scriptsOf(page);
    await page.goto(await invitationLink("habitant"));
    await joinAsHabitant(page, "Lina");
    const board = space.boards[0];
    if (!board) throw new Error("no board");
    await page.getByRole("link", { name: board.theme }).click();
    await contribute(page, { title: "Un lieu pour les ados le samedi" });
    await page.getByText("Un lieu pour les ados le samedi").first().waitFor();

    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => !path.startsWith("/phone/assets/"))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("leaves a partner's next page, the space's, to the main build", async () => {
    const { page, errors } = await browser.newPage(PHONE);
    const scripts = scriptsOf(page);
    await page.goto(await invitationLink("partner"));
    await page.getByText(/^Vous rejoignez/).waitFor();
    expect(scripts.every((path) => path.startsWith("/phone/assets/"))).toBe(true);

    await joinAsPartner(page, { name: "Karim Benali", organisation: "Caf" });
    await page.getByRole("heading", { name: "Vous participez en tant que partenaire" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/espaces/${space.id}`);
    const mainBuild = scripts.filter((path) => path.startsWith("/assets/"));
    expect(mainBuild.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
