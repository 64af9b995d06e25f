import type { CreatedSpaceView, InvitedRole } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { switchToEnglish } from "../support/english-interface.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { joinAsHabitant } from "../support/participation-ui.ts";

useServerAndBrowser();

const PHONE = { width: 390, height: 844 };

/** An invitation made through the facilitator's API, and its link as the invitations page shows it. */
async function invitationLink(space: CreatedSpaceView, role: InvitedRole, label: string) {
  const response = await server.request("POST", `/api/spaces/${space.id}/invitations`, {
    token: space.facilitatorSecret,
    body: { role, label },
  });
  const { id, token } = (await response.json()) as { id: string; token: string };
  return { id, token, link: `${server.url}/rejoindre#invitation=${token}&role=${role}` };
}

/**
 * The join page takes the token out of the address bar; a reload (a phone waking a background tab, the language
 * switch) must not lose it, or the habitant has to scan the QR code again.
 */
describe("the join page, reloaded before joining", () => {
  it("still lets a habitant in after a reload, without putting the token back in the address", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const { token, link } = await invitationLink(space, "habitant", "Réunion publique de Prades");
    const lina = await browser.newPage(PHONE);
    await lina.page.goto(link);
    await lina.page.getByText("Vous rejoignez « CdC Conflent-Canigou »").waitFor();
    expect(lina.page.url()).toBe(`${server.url}/rejoindre`);

    await lina.page.reload();
    await lina.page.getByText("Vous rejoignez « CdC Conflent-Canigou »").waitFor();
    expect(lina.page.url()).not.toContain(token);
    await joinAsHabitant(lina.page, "Lina");
    await lina.page.waitForURL(`${server.url}/participer/${space.id}`);

    // Once joined, the tab forgets the link: back on the join page, there is nothing left to join with.
    await lina.page.goto(`${server.url}/rejoindre`);
    await lina.page.getByRole("heading", { name: "Lien d'invitation incomplet" }).waitFor();
    expect(await lina.page.evaluate(() => JSON.stringify(window.sessionStorage))).not.toContain(token);
    expect(lina.errors).toEqual([]);
  });

  it("still lets a partner in after switching to English on the join page", async () => {
    const space = await server.createSpace("CA du Grand Dole");
    const { link } = await invitationLink(space, "partner", "Comité des partenaires");
    const karim = await browser.newPage(PHONE);
    await karim.page.goto(link);
    await karim.page.getByText("Vous rejoignez « CA du Grand Dole »").waitFor();

    await switchToEnglish(karim.page);
    await karim.page.getByText("You are joining “CA du Grand Dole”").waitFor();
    await karim.page.getByRole("textbox", { name: /^Your name/ }).fill("Karim");
    await karim.page.getByRole("combobox", { name: "Your organisation" }).selectOption("Caf");
    await karim.page.getByRole("textbox", { name: /^Please specify/ }).fill("Centre social");
    await karim.page.getByRole("button", { name: "Join" }).click();
    await karim.page.waitForURL(`${server.url}/espaces/${space.id}`);
    expect(karim.errors).toEqual([]);
  });

  it("still says a link is dead after a reload, and forgets it", async () => {
    const space = await server.createSpace("CdC du Pays de Lunel");
    const { id, token, link } = await invitationLink(space, "habitant", "Fête de quartier");
    const lina = await browser.newPage(PHONE);
    await lina.page.goto(link);
    await lina.page.getByText("Vous rejoignez « CdC du Pays de Lunel »").waitFor();
    await server.request("DELETE", `/api/spaces/${space.id}/invitations/${id}`, { token: space.facilitatorSecret });

    await lina.page.reload();
    await lina.page.getByText("Ce lien d'invitation a été révoqué par l'animateur.").waitFor();
    expect(await lina.page.getByRole("textbox").count()).toBe(0);
    expect(await lina.page.evaluate(() => JSON.stringify(window.sessionStorage))).not.toContain(token);
  });
});
