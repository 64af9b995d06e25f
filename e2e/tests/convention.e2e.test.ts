import type { CreatedSpaceView } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { browser, server, useServerAndBrowser } from "../support/environment.ts";
import { downloadFrom, facilitatorPlanUrl, goToView, openPlan } from "../support/plan-ui.ts";

useServerAndBrowser();

async function api(space: CreatedSpaceView, method: string, path: string, body: unknown): Promise<{ id: string }> {
  const response = await server.request(method, `/api/spaces/${space.id}${path}`, {
    token: space.facilitatorSecret,
    body,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

describe("the signed convention", () => {
  it("marks a version as signed from the keyboard, lists its avenant and compares it with the signed one", async () => {
    const space = await server.createSpace();
    await api(space, "PATCH", "", {
      parties: [
        { kind: "caf", name: "Caf des Pyrénées-Orientales" },
        { kind: "epci", name: "CdC Conflent-Canigou" },
      ],
    });
    await api(space, "POST", "/meetings", {
      kind: "copil",
      date: "2021-12-10",
      title: "COPIL de signature",
      decisions: [{ kind: "signature", text: "Convention signée." }],
    });
    await api(space, "POST", "/plan/versions", { label: "Plan définitif" });
    const { page, errors } = await browser.newPage();
    await openPlan(page, facilitatorPlanUrl(server, space), "Claire (Caf)");
    await goToView(page, "COPIL et versions");

    const sign = page.getByRole("form", { name: "Marquer une version comme signée" });
    await sign.getByLabel("Date de signature").fill("2021-12-10");
    for (const party of ["Caf des Pyrénées-Orientales", "CdC Conflent-Canigou"]) {
      await sign.getByRole("checkbox", { name: party }).focus();
      await page.keyboard.press("Space");
    }
    await sign.getByRole("button", { name: "Marquer comme signée" }).focus();
    await page.keyboard.press("Enter");
    const convention = page.getByRole("region", { name: "Convention signée" });
    await convention.getByText("Version signée le 10 décembre 2021").waitFor();
    await convention
      .getByText("Signataires : Caf des Pyrénées-Orientales, CdC Conflent-Canigou", { exact: false })
      .waitFor();

    // A version frozen after the signature is its first avenant.
    await api(space, "POST", "/plan/versions", { label: "Nouveau pilote" });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Plan d'actions" }).waitFor();
    await convention.getByText("Avenant n°1 : Nouveau pilote").waitFor();
    await convention.getByRole("button", { name: "Comparer à la version signée" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 4, name: "De « Version signée » à « Nouveau pilote »" }).waitFor();
    await page.getByText("Aucune différence entre ces deux versions.").waitFor();
    // Signed, with an avenant, the sign and withdraw forms shown: what axe must judge.
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const file = await downloadFrom(page, "Convention (DOCX)");
    expect(file.fileName).toBe("convention-ctg-2021-2025.docx");
    expect(file.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(errors).toEqual([]);
  });
});
