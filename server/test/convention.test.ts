import {
  addAxis,
  type ConventionStatus,
  type CreatedSpaceView,
  createFiche,
  type PlanComparison,
  type PlanSignature,
  renamePlanItem,
  setBudgetLine,
  setIndicator,
  updateFiche,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { type CollabClient, connectClient, waitFor } from "./support/collab-client.ts";
import { docxText } from "./support/docx-text.ts";
import { json } from "./support/http-json.ts";
import { spaceApi } from "./support/space-api.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

async function settled(client: CollabClient) {
  await waitFor(
    () => client.provider.unsyncedChanges,
    (n) => n === 0,
  );
}

const PARTIES = [
  {
    kind: "caf",
    name: "Caf des Pyrénées-Orientales",
    representative: { name: "Marie Durand", title: "Directrice" },
  },
  { kind: "epci", name: "CdC Conflent-Canigou", representative: { name: "Jean Castex", title: "Président" } },
  { kind: "departement", name: "Département des Pyrénées-Orientales" },
];

/** A space with its parties, one fiche under one axis, a signing COPIL and a comité deciding an avenant. */
async function conventionSpace() {
  const space = await server.createSpace();
  const token = space.facilitatorSecret;
  const send = spaceApi(server, space);
  await json(
    await send("PATCH", "", {
      parties: PARTIES,
      territory: { epci: { siren: "246600381", name: "CdC Conflent-Canigou" } },
    }),
    200,
  );
  const plan = await connectClient(server.wsUrl, space.plan.documentName, token);
  addAxis(plan.doc, "axe1", { title: "Soutenir les familles" });
  createFiche(plan.doc, "f1", { title: "Relais petite enfance", axisId: "axe1", themes: [] }, 1);
  updateFiche(plan.doc, "f1", { pilot: "Commune de Prades" }, 2);
  setIndicator(plan.doc, "f1", "i1", { label: "Familles accompagnées", kind: "resultat", unit: "", target: 40 });
  setBudgetLine(plan.doc, "f1", "l1", {
    financer: { kind: "caf", label: "" },
    nature: "fonctionnement",
    dispositif: null,
    amount: 12500,
    year: 2022,
  });
  await settled(plan);
  const meeting = (kind: string, date: string, title: string, decision: string, text: string) =>
    send("POST", "/meetings", { kind, date, title, decisions: [{ kind: decision, text }] }).then((response) =>
      json<{ id: string }>(response, 201),
    );
  const copil = await meeting("copil", "2021-12-10", "COPIL de signature", "signature", "La convention est signée.");
  await meeting(
    "copil",
    "2021-11-25",
    "COPIL plan définitif",
    "validation-evaluation",
    "Bilan annuel sur les indicateurs des fiches.",
  );
  const avenantMeeting = await meeting("copil", "2022-06-01", "COPIL avenant", "avenant", "Nouveau pilote.");
  const signedVersion = await json<{ id: string }>(
    await send("POST", "/plan/versions", { label: "Plan définitif" }),
    201,
  );
  return { space, plan, send, copil, avenantMeeting, signedVersion };
}

describe("the signed convention and its avenants", () => {
  it("signs a version, numbers the avenants after it and compares them with the signed one", async () => {
    const { plan, send, copil, avenantMeeting, signedVersion } = await conventionSpace();
    const signature = await json<PlanSignature>(
      await send("POST", `/plan/versions/${signedVersion.id}/signature`, {
        signedOn: "2021-12-10",
        signatories: [0, "CdC Conflent-Canigou"],
      }),
      201,
    );
    // The meeting that decided the signature is named without being asked for; the parties are copied.
    expect(signature.meetingId).toBe(copil.id);
    expect(signature.signatories.map((party) => party.name)).toEqual([
      "Caf des Pyrénées-Orientales",
      "CdC Conflent-Canigou",
    ]);

    updateFiche(plan.doc, "f1", { pilot: "CdC Conflent-Canigou" }, 3);
    await settled(plan);
    const avenant = await json<{ id: string }>(
      await send("POST", "/plan/versions", { label: "Changement de pilote", meetingId: avenantMeeting.id }),
      201,
    );
    const status = await json<ConventionStatus>(await send("GET", "/plan/signature"), 200);
    expect(status.signature?.versionId).toBe(signedVersion.id);
    expect(status.avenants).toEqual([
      expect.objectContaining({ number: 1, versionId: avenant.id, label: "Changement de pilote" }),
    ]);
    expect(status.avenants[0]?.meetingId).toBe(avenantMeeting.id);

    const compared = await json<PlanComparison>(await send("GET", `/plan/versions/signed/compare/${avenant.id}`), 200);
    expect(compared.changed).toEqual([
      {
        ficheId: "f1",
        title: "Relais petite enfance",
        fields: [{ field: "pilot", before: "Commune de Prades", after: "CdC Conflent-Canigou" }],
      },
    ]);
    const sinceSigned = await json<PlanComparison>(await send("GET", "/plan/versions/signed/compare/current"), 200);
    expect(sinceSigned.changed[0]?.fields.map((change) => change.field)).toEqual(["pilot"]);
    plan.provider.destroy();
  });

  it("refuses a second signature or a withdrawal without a reason, and keeps the one withdrawn", async () => {
    const { plan, send, signedVersion } = await conventionSpace();
    const sign = (versionId: string, extra: object = {}) =>
      send("POST", `/plan/versions/${versionId}/signature`, { signedOn: "2021-12-10", signatories: [0], ...extra });
    expect((await send("GET", "/plan/versions/signed/compare/current")).status).toBe(404);
    expect((await sign(signedVersion.id)).status).toBe(201);
    updateFiche(plan.doc, "f1", { pilot: "Autre pilote" }, 3);
    await settled(plan);
    const other = await json<{ id: string }>(await send("POST", "/plan/versions", { label: "Autre" }), 201);
    const refused = await json<{ error: string }>(await sign(other.id), 409);
    expect(refused.error).toMatch(/motif/);
    expect((await send("POST", "/plan/signature/withdrawal", {})).status).toBe(409);
    expect((await sign("inconnue")).status).toBe(404);
    expect((await sign(other.id, { signatories: [7] })).status).toBe(400);
    expect((await sign(other.id, { signatories: ["Inconnu"] })).status).toBe(400);

    await json(await sign(other.id, { reason: "Erreur de version" }), 201);
    const status = await json<ConventionStatus>(
      await send("POST", "/plan/signature/withdrawal", { reason: "Convention dénoncée" }),
      200,
    );
    expect(status.signature).toBeNull();
    expect(status.withdrawn.map((signature) => signature.withdrawn?.reason)).toEqual([
      "Erreur de version",
      "Convention dénoncée",
    ]);
    plan.provider.destroy();
  });

  it("refuses to freeze a plan that has not changed since the last version, and says which one it is", async () => {
    const { plan, send, signedVersion } = await conventionSpace();
    await json(
      await send("POST", `/plan/versions/${signedVersion.id}/signature`, { signedOn: "2021-12-10", signatories: [0] }),
      201,
    );
    const same = await json<{ code: string; error: string }>(
      await send("POST", "/plan/versions", { label: "Avenant n° 1" }),
      409,
    );
    expect(same.code).toBe("versionUnchanged");
    expect(same.error).toContain("« Plan définitif »");
    const status = await json<ConventionStatus>(await send("GET", "/plan/signature"), 200);
    expect(status.avenants).toEqual([]);

    // Renaming an axis is a change the fiches' comparison does not show: the version is a new one all the same.
    renamePlanItem(plan.doc, "axis", "axe1", "Accompagner les familles");
    await settled(plan);
    await json(await send("POST", "/plan/versions", { label: "Axe renommé" }), 201);
    plan.provider.destroy();
  });

  it("lets partners and observers download the convention, not habitants, and only facilitators sign", async () => {
    const { space, send, signedVersion } = await conventionSpace();
    const [partner, observer, habitant] = await Promise.all([
      server.join(space, "partner", "Paul"),
      server.join(space, "observer", "Olga"),
      server.join(space, "habitant", "Léa"),
    ]);
    for (const reader of [partner, observer]) {
      expect((await send("GET", "/plan/convention.docx", undefined, reader.participantToken)).status).toBe(200);
      expect((await send("GET", "/plan/signature", undefined, reader.participantToken)).status).toBe(200);
    }
    for (const path of ["/plan/convention.docx", "/plan/signature"]) {
      expect((await send("GET", path, undefined, habitant.participantToken)).status, path).toBe(403);
    }
    const body = { signedOn: "2021-12-10", signatories: [0] };
    for (const someone of [partner, habitant]) {
      const response = await send(
        "POST",
        `/plan/versions/${signedVersion.id}/signature`,
        body,
        someone.participantToken,
      );
      expect(response.status).toBe(403);
    }
  });

  it("writes the convention as a DOCX with each part of the accord-cadre and the annexes", async () => {
    const { send, signedVersion, plan, avenantMeeting } = await conventionSpace();
    await send("POST", `/plan/versions/${signedVersion.id}/signature`, { signedOn: "2021-12-10", signatories: [0, 1] });
    // Changed after the signature: the convention annexes the signed plan, not this.
    updateFiche(plan.doc, "f1", { title: "Titre changé après signature" }, 9);
    await settled(plan);
    // An avenant named after its number, frozen today for the COPIL of June 2022 that decided it.
    await json(await send("POST", "/plan/versions", { label: "Avenant n° 1", meetingId: avenantMeeting.id }), 201);
    updateFiche(plan.doc, "f1", { pilot: "Commune de Ria" }, 10);
    await settled(plan);
    await json(await send("POST", "/plan/versions", { label: "Avenant n°2 : nouveau pilote" }), 201);
    const response = await send("GET", "/plan/convention.docx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/wordprocessingml/);
    expect(response.headers.get("content-disposition")).toContain("convention-ctg-2021-2025.docx");
    const text = await docxText(response);
    for (const expected of [
      "Signée le 10 décembre 2021",
      "Caf des Pyrénées-Orientales, représenté(e) par Marie Durand, Directrice — signé le 10 décembre 2021",
      "Département des Pyrénées-Orientales",
      "Article 1 — Objet",
      "projet social de territoire de la CdC Conflent-Canigou et",
      "Article 2 — Durée",
      "du 1er janvier 2021 au 31 décembre 2025 (5 ans)",
      "Article 3 — Engagements des parties",
      "Article 4 — Gouvernance",
      "Comité de pilotage (COPIL)",
      "10 décembre 2021 — COPIL de signature",
      "Article 5 — Modalités d'évaluation",
      "Bilan annuel sur les indicateurs des fiches.",
      "Relais petite enfance : Familles accompagnées (cible 40)",
      "Pour la CdC Conflent-Canigou",
      "Annexe 1 — Plan d'actions",
      "Soutenir les familles",
      "Annexe 2 — Convention financière",
      "Article 6 — Avenants",
      // Dated by its COPIL, numbered once, with the non-breaking space French typography puts after "n°".
      "Avenant n°\u00a01 (1 juin 2022)",
      "Avenant n°\u00a02 : nouveau pilote (version figée le ",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Avenant n°\u00a01 : Avenant");
    expect(text).not.toContain("Titre changé après signature");
    plan.provider.destroy();
  });

  it("names a commune's territory with its article in the convention's object", async () => {
    const space = await server.createSpace();
    const send = spaceApi(server, space);
    const objectFor = async (communes: { insee: string; name: string }[]) => {
      await json(await send("PATCH", "", { territory: { epci: null, communes } }), 200);
      const text = await docxText(await send("GET", "/plan/convention.docx"));
      return text.slice(text.indexOf("projet social de territoire"), text.indexOf(" et les modalités"));
    };
    expect(await objectFor([{ insee: "66149", name: "Prades" }])).toBe(
      "projet social de territoire de la commune de Prades",
    );
    expect(
      await objectFor([
        { insee: "66149", name: "Prades" },
        { insee: "66222", name: "Le Vernet" },
        { insee: "66094", name: "Ille-sur-Têt" },
      ]),
    ).toBe("projet social de territoire des communes de Prades, du Vernet et d'Ille-sur-Têt");
  });

  it("names, in the demo's annex, each fiche's partners among the parties the convention is signed by", async () => {
    const demo = await json<CreatedSpaceView>(await server.request("POST", "/api/demo"), 201);
    const text = await docxText(await spaceApi(server, demo)("GET", "/plan/convention.docx"));
    const annex = text.slice(text.indexOf("Annexe 1 — Plan d'actions"), text.indexOf("Annexe 2 — Convention"));
    const partners = [...annex.matchAll(/Partenaires : (.*?)Public visé/g)].map(([, named]) => named);
    expect(partners).toEqual([
      "Caf des Pyrénées-Orientales",
      "Caf des Pyrénées-Orientales",
      "Caf des Pyrénées-Orientales, Communauté de communes Conflent-Canigou",
      // The coordination's pilot is the communauté de communes, which employs the chargés de coopération.
      "Caf des Pyrénées-Orientales",
    ]);
    expect(text).toContain("Entre les partiesCaf des Pyrénées-Orientales — signé le 15 décembre 2021");
  });
});
