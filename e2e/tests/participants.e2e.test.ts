import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { LIVE_TIMEOUT_MS } from "../support/atelier-ui.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";

useServerAndBrowser();

describe("erasing a participant on request (RGPD)", () => {
  it("removes their name, access and contributions from the facilitator's space page", async () => {
    const space = await server.createSpace();
    const board = space.boards[0];
    const lou = await server.join(space, "habitant", "Lou");
    await server.join(space, "partner", "Samia", {});
    const contribution = await server.request("POST", `/api/spaces/${space.id}/boards/${board?.id}/contributions`, {
      token: lou.participantToken,
      body: { kind: "besoin", title: "Un banc près de l'école" },
    });
    expect(contribution.status).toBe(201);

    const { page, errors } = await browser.newPage();
    await page.goto(`${server.url}/espaces/${space.id}#acces=${space.facilitatorSecret}`);
    const section = page.getByRole("region", { name: "Participants" });
    await section.getByText("Lou", { exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await section.getByRole("button", { name: "Effacer Lou" }).click();
    await section.getByRole("button", { name: "Effacer définitivement" }).click();
    await section.getByText(/Lou a été effacé·e\s:\s1 carte et 0 vote retirés/).waitFor({ timeout: LIVE_TIMEOUT_MS });
    expect(await section.getByText("Lou", { exact: true }).count()).toBe(0);
    await section.getByText("Samia", { exact: true }).waitFor();

    const people = (await (
      await server.request("GET", `/api/spaces/${space.id}/participants`, { token: space.facilitatorSecret })
    ).json()) as { displayName: string }[];
    expect(people.map((person) => person.displayName)).toEqual(["Samia"]);
    expect((await server.request("GET", `/api/spaces/${space.id}/me`, { token: lou.participantToken })).status).toBe(
      401,
    );
    expect(errors).toEqual([]);
  });
});
