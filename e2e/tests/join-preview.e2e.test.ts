import type { CreatedSpaceView } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";

useServerAndBrowser();

const PHONE = { width: 390, height: 844 };

/** An invitation made through the facilitator's API; its link as the invitations page shows it. */
async function invitationLink(space: CreatedSpaceView, body: Record<string, unknown>) {
  const response = await server.request("POST", `/api/spaces/${space.id}/invitations`, {
    token: space.facilitatorSecret,
    body,
  });
  const { id, token } = (await response.json()) as { id: string; token: string };
  return { id, link: `${server.url}/rejoindre#invitation=${token}&role=${String(body.role)}` };
}

describe("the join page checks the link first", () => {
  it("names the space, the board and the role before asking a name, above the fold on a phone", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const board = space.boards.find((candidate) => candidate.theme === "Petite enfance");
    const { link } = await invitationLink(space, {
      role: "partner",
      label: "Comité du 12 mars",
      boardIds: [board?.id],
    });
    const karim = await browser.newPage(PHONE);
    await karim.page.goto(link);
    await karim.page
      .getByText("Vous rejoignez « CdC Conflent-Canigou », tableau « Petite enfance », en tant que partenaire.")
      .waitFor();
    await karim.page.getByText("Invitation : Comité du 12 mars").waitFor();
    const join = karim.page.getByRole("button", { name: "Rejoindre" });
    const box = await join.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    // A partner works with the CTG every day: the plain explanation is a habitant's.
    expect(await karim.page.getByText("convention territoriale globale").count()).toBe(0);
    expect(await seriousAccessibilityViolations(karim.page)).toEqual([]);

    // A habitant scanning the QR code: where they go, the pseudonym and the button, without scrolling.
    const habitantLink = await invitationLink(space, { role: "habitant", label: "Réunion publique de Prades" });
    const lina = await browser.newPage(PHONE);
    await lina.page.goto(habitantLink.link);
    await lina.page
      .getByText("Vous rejoignez « CdC Conflent-Canigou », 5 tableaux thématiques, en tant qu'habitant.")
      .waitFor();
    // The title's acronym, said plainly, still with the pseudonym and the button above the fold.
    const ctg = lina.page.getByText(
      "La CTG (convention territoriale globale) : la Caf et les collectivités du territoire préparent ensemble les services pour les familles.",
    );
    const title = await lina.page.getByRole("heading", { level: 1, name: "Rejoindre l'atelier CTG" }).boundingBox();
    const explained = await ctg.boundingBox();
    expect(explained?.y ?? 0).toBeGreaterThan(title?.y ?? Number.POSITIVE_INFINITY);
    const button = await lina.page.getByRole("button", { name: "Rejoindre" }).boundingBox();
    expect(button && button.y + button.height).toBeLessThanOrEqual(PHONE.height);
    // So with a space's name as long as the demo's, which takes three lines.
    const long = await server.createSpace("Exemple — CdC Conflent-Canigou (données 2019)");
    const longLink = await invitationLink(long, { role: "habitant", label: "Réunion publique" });
    const sami = await browser.newPage(PHONE);
    await sami.page.goto(longLink.link);
    await sami.page
      .getByText("Vous rejoignez « Exemple — CdC Conflent-Canigou (données 2019) »", { exact: false })
      .waitFor();
    const longButton = await sami.page.getByRole("button", { name: "Rejoindre" }).boundingBox();
    expect(longButton && longButton.y + longButton.height).toBeLessThanOrEqual(PHONE.height);
    expect([karim.errors, lina.errors, sami.errors]).toEqual([[], [], []]);
  });

  it("says at once that a revoked or unknown link leads nowhere, without a form to fill", async () => {
    const space = await server.createSpace("CA du Grand Dole");
    const { id, link } = await invitationLink(space, { role: "habitant", label: "Fête de quartier" });
    await server.request("DELETE", `/api/spaces/${space.id}/invitations/${id}`, { token: space.facilitatorSecret });

    const lina = await browser.newPage(PHONE);
    await lina.page.goto(link);
    await lina.page.getByRole("heading", { name: "Ce lien ne fonctionne plus" }).waitFor();
    await lina.page.getByText("Ce lien d'invitation a été révoqué par l'animateur.").waitFor();
    expect(await lina.page.getByRole("textbox").count()).toBe(0);

    await lina.page.goto(`${server.url}/rejoindre#invitation=lien-mal-copie&role=habitant`);
    await lina.page.getByText(/^Ce lien d'invitation n'existe pas/).waitFor();
    expect(await lina.page.getByRole("button", { name: "Rejoindre" }).count()).toBe(0);

    // In English, the reason is worded by the interface, not the server.
    await lina.page.evaluate(() => window.localStorage.setItem("atelier:langue", "en"));
    // From another page: a link opened on the join page itself only changes the fragment, without reloading.
    await lina.page.goto("about:blank");
    await lina.page.goto(link);
    await lina.page.getByText("This invitation link was revoked by the facilitator.").waitFor();
    // The browser logs each refused check (404, 410) as a failed resource: nothing else went wrong.
    expect(lina.errors.filter((error) => !/status of (404|410)/.test(error))).toEqual([]);
  });
});
