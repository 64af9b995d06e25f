import { addAxis, type CreatedSpaceView, createFiche } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "../support/accessibility.ts";
import { writeBoard } from "../support/board-seed.ts";
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
    // The form that said it is folded away: the plan's live region tells it.
    await page
      .locator("[aria-live]")
      .filter({ hasText: "Version « Plan définitif » marquée comme signée." })
      .waitFor({ state: "attached" });
    // Signed, the section leads with the signature: replacing or withdrawing it is folded behind a button each.
    expect(await convention.getByRole("form").count()).toBe(0);
    const replace = convention.getByRole("button", { name: "Remplacer la version signée", exact: true });
    const withdraw = convention.getByRole("button", { name: "Retirer la signature…", exact: true });
    expect([await replace.getAttribute("aria-expanded"), await withdraw.getAttribute("aria-expanded")]).toEqual([
      "false",
      "false",
    ]);

    // A version frozen after the signature is its first avenant, dated by the COPIL that decided it.
    await writeBoard(server.wsUrl, space.plan.documentName, space.facilitatorSecret, (doc) => {
      addAxis(doc, "axe1", { title: "Accompagner les familles" });
      createFiche(doc, "f1", { title: "Relais petite enfance", axisId: "axe1", themes: [] }, Date.now());
    });
    const avenantCopil = await api(space, "POST", "/meetings", {
      kind: "copil",
      date: "2022-06-01",
      title: "COPIL avenant",
      decisions: [{ kind: "avenant", text: "Un relais petite enfance." }],
    });
    await api(space, "POST", "/plan/versions", { label: "Avenant n° 1 : Nouveau pilote", meetingId: avenantCopil.id });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Plan d'actions" }).waitFor();
    const avenant = convention.locator(".plan-version__label", { hasText: "Nouveau pilote" });
    expect(await avenant.textContent()).toBe("Avenant n°\u00a01 du 1 juin 2022\u00a0: Nouveau pilote");
    await convention.getByRole("button", { name: "Comparer à la version signée" }).focus();
    await page.keyboard.press("Enter");
    await page
      .getByRole("heading", { level: 4, name: "De « Version signée » à « Avenant n° 1 : Nouveau pilote »" })
      .waitFor();
    await page.getByText("1 fiche ajoutée · aucune fiche retirée · aucune fiche modifiée").waitFor();
    // Signed, with an avenant, each folded form opened in turn: what axe must judge.
    await replace.click();
    const replacing = convention.getByRole("form", { name: "Marquer une version comme signée" });
    await replacing.getByLabel("Motif du remplacement de la version signée").waitFor();
    expect(await replace.getAttribute("aria-expanded")).toBe("true");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await withdraw.click();
    await convention.getByRole("form", { name: "Retirer la signature" }).getByLabel("Motif du retrait").waitFor();
    expect(await replacing.count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await withdraw.click();
    expect(await convention.getByRole("form").count()).toBe(0);

    const file = await downloadFrom(page, "Convention (DOCX)");
    expect(file.fileName).toBe("convention-ctg-2021-2025.docx");
    expect(file.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(errors).toEqual([]);
  });
});
