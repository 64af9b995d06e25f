import { addAxis, createFiche, updateFiche } from "@atelier/shared";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { docxText } from "./support/docx-text.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const TERRITORY = {
  epci: null,
  communes: [
    { insee: "66149", name: "Prades" },
    { insee: "66223", name: "Vernet-les-Bains" },
    { insee: "66164", name: "Ria-Sirach" },
  ],
};

/** What the fiche says in the fields a Caf fiche carries, and how the documents for the Caf print each. */
const PRINTED = [
  ["Type d'action", "Montée en qualité"],
  ["Communes concernées", "Prades, Ria-Sirach"],
  ["Moyens humains (ETP)", "1,5"],
  ["Fonctions (moyens humains)", "Coordinatrice petite enfance"],
  ["Date de début", "01/09/2022"],
  ["Date de fin", "30/06/2025"],
  ["Jalons", "15/03/2023 : Ouverture du relais ; 01/12/2024 : Bilan à mi-parcours"],
  ["Contrats et politiques liés", "CRTE, Autre"],
  ["Autre contrat ou politique", "Convention France services"],
  ["Ce qui est mesuré", "Nombre de familles accompagnées"],
  ["Par qui", "La coordinatrice CTG"],
  ["Quand", "Chaque année avant le COPIL"],
] as const;

/** A space on three communes, whose plan has one fiche with every new field said. */
async function planWithCafFiche() {
  const space = await server.createSpace();
  const patched = await server.request("PATCH", `/api/spaces/${space.id}`, {
    token: space.facilitatorSecret,
    body: { territory: TERRITORY },
  });
  expect(patched.status).toBe(200);
  const plan = await connectClient(server.wsUrl, space.plan.documentName, space.facilitatorSecret);
  addAxis(plan.doc, "axe1", { title: "Soutenir les familles" });
  createFiche(plan.doc, "f1", { title: "Relais petite enfance itinérant", axisId: "axe1", themes: [] }, 1);
  updateFiche(
    plan.doc,
    "f1",
    {
      pilot: "Commune de Prades",
      actionType: "montee-en-qualite",
      communes: ["66149", "66164"],
      staffFte: 1.5,
      staffRoles: "Coordinatrice petite enfance",
      startDate: "2022-09-01",
      endDate: "2025-06-30",
      milestones: [
        { date: "2023-03-15", label: "Ouverture du relais" },
        { date: "2024-12-01", label: "Bilan à mi-parcours" },
      ],
      policyLinks: ["crte", "autre"],
      policyOther: "Convention France services",
      evaluationWhat: "Nombre de familles accompagnées",
      evaluationWho: "La coordinatrice CTG",
      evaluationWhen: "Chaque année avant le COPIL",
    },
    2,
  );
  await waitFor(
    () => plan.provider.unsyncedChanges,
    (n) => n === 0,
  );
  return space;
}

describe("the exports of a plan carry every field of a Caf fiche", () => {
  it("prints them in the DOCX, each with its French label", async () => {
    const space = await planWithCafFiche();
    const response = await server.request("GET", `/api/spaces/${space.id}/plan/export/docx`, {
      token: space.facilitatorSecret,
    });
    expect(response.status).toBe(200);
    const text = await docxText(response);
    for (const [label, value] of PRINTED) expect(text).toContain(`${label} : ${value}`);
    for (const heading of [
      "Calendrier",
      "Articulation avec les autres contrats et politiques",
      "Méthode d'évaluation",
    ]) {
      expect(text).toContain(heading);
    }
  });

  it("gives each a column of the follow-up table, in the XLSX and the CSV", async () => {
    const space = await planWithCafFiche();
    const xlsx = await server.request("GET", `/api/spaces/${space.id}/plan/export/xlsx`, {
      token: space.facilitatorSecret,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const followUp = workbook.getWorksheet("Suivi");
    const headers = (followUp?.getRow(1).values ?? []) as unknown[];
    const row = (followUp?.getRow(2).values ?? []) as unknown[];
    for (const [label, value] of PRINTED) expect(row[headers.indexOf(label)], label).toBe(value);

    const csv = await (
      await server.request("GET", `/api/spaces/${space.id}/plan/export/csv`, { token: space.facilitatorSecret })
    ).text();
    const [header = [], first = []] = parse(csv, { bom: true, delimiter: ";" }) as string[][];
    for (const [label, value] of PRINTED) expect(first[header.indexOf(label)], label).toBe(value);
  });
});
