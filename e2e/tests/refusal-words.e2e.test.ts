import { describe, expect, it } from "vitest";
import { LANGUAGE_STORAGE_KEY } from "../../client/src/i18n/language.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { saveScreenshotOf } from "../support/participation-ui.ts";
import { facilitatorPlanUrl } from "../support/plan-ui.ts";

useServerAndBrowser();

describe("the server's refusals in the English interface", () => {
  it("word a facilitator's refused deletion from the refusal's code, not in the server's French", async () => {
    const space = await server.createSpace();
    const api = async (path: string, body: unknown) => {
      const response = await server.request("POST", `/api/spaces/${space.id}${path}`, {
        token: space.facilitatorSecret,
        body,
      });
      expect(response.status, path).toBe(201);
      return (await response.json()) as { id: string };
    };
    // A frozen version of the plan refers to the COPIL: the server refuses to delete it (409).
    const meeting = await api("/meetings", { kind: "copil", date: "2022-03-10", title: "COPIL de mars" });
    await api("/plan/versions", { label: "Plan validé en mars", meetingId: meeting.id });

    const { page, errors } = await browser.newPage();
    await page.addInitScript((key) => {
      window.localStorage.setItem(key, "en");
      window.localStorage.setItem("atelier:name", "Claire (Caf)");
    }, LANGUAGE_STORAGE_KEY);
    await page.goto(facilitatorPlanUrl(server, space));
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await page
      .getByRole("navigation", { name: "Action plan sections" })
      .getByRole("link", { name: "Steering committee and versions" })
      .click();
    await page.getByRole("button", { name: "Delete the meeting “COPIL de mars”" }).click();
    await page.getByRole("group", { name: "Delete the meeting “COPIL de mars” and its decisions?" }).waitFor();
    await page.getByRole("button", { name: "Delete", exact: true }).click();

    await page
      .getByRole("alert")
      .filter({
        hasText: "A frozen version of the plan or its signature refers to this meeting: it cannot be deleted.",
      })
      .waitFor();
    expect(await page.getByText(/ne peut être supprimée/).count()).toBe(0);
    await saveScreenshotOf(page, "refusal-words-01-english-409");
    // The browser logs the refusal (409) as a failed resource: nothing else went wrong.
    expect(errors.filter((error) => !/status of 409/.test(error))).toEqual([]);
  });
});
