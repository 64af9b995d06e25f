import type { ConventionStatus, CreatedSpaceView, Demarche, Meeting, YearBilan } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { today } from "../src/governance/governance-service.ts";
import { docxText } from "./support/docx-text.ts";
import { json } from "./support/http-json.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const send = (method: string, path: string, token: string, body?: unknown) =>
  server.request(method, path, { token, body });

async function hold(space: CreatedSpaceView, meeting: Record<string, unknown>): Promise<Meeting> {
  return json<Meeting>(await send("POST", `/api/spaces/${space.id}/meetings`, space.facilitatorSecret, meeting), 201);
}

const demarche = async (space: CreatedSpaceView, token = space.facilitatorSecret) =>
  json<Demarche>(await send("GET", `/api/spaces/${space.id}/demarche`, token), 200);

const stateOf = (walked: Demarche, step: string) => walked.steps.find((candidate) => candidate.step === step);

describe("the démarche, walked through the comités' decisions", () => {
  it("goes from the preparation to the signature, each step dated by the meeting that validated it", async () => {
    const space = await server.createSpace();
    const planned = await json<Demarche>(
      await send("PATCH", `/api/spaces/${space.id}/demarche`, space.facilitatorSecret, {
        planned: { diagnostic: "2021-10-30", signature: "2021-12-15" },
      }),
      200,
    );
    expect(planned.next).toEqual({
      step: "preparation",
      awaiting: ["validation-cadrage"],
      plannedOn: null,
      year: null,
      late: false,
    });
    expect(stateOf(planned, "signature")).toMatchObject({ state: "a-venir", plannedOn: "2021-12-15" });

    const calendar: [string, string, string[]][] = [
      ["comite-operationnel", "2021-10-15", ["validation-cadrage"]],
      ["copil", "2021-10-30", ["validation-diagnostic", "validation-priorites"]],
      ["comite-partenarial", "2021-11-15", ["validation-projet-plan", "validation-chiffrage"]],
      ["copil", "2021-11-30", ["validation-plan", "validation-evaluation"]],
      ["copil", "2021-12-15", ["signature"]],
    ];
    const expectedNext = ["diagnostic", "plan-actions", "plan-definitif", "signature", "evaluation"];
    for (const [index, [kind, date, decisions]] of calendar.entries()) {
      await hold(space, {
        kind,
        date,
        title: `Comité du ${date}`,
        decisions: decisions.map((decision) => ({ kind: decision, text: `Décision : ${decision}` })),
      });
      expect((await demarche(space)).next?.step).toBe(expectedNext[index]);
    }
    const signed = await demarche(space);
    expect(signed.steps.map((step) => [step.step, step.state, step.validatedOn])).toEqual([
      ["preparation", "validee", "2021-10-15"],
      ["diagnostic", "validee", "2021-10-30"],
      ["priorites", "validee", "2021-10-30"],
      ["plan-actions", "validee", "2021-11-15"],
      ["chiffrage", "validee", "2021-11-15"],
      ["plan-definitif", "validee", "2021-11-30"],
      ["signature", "validee", "2021-12-15"],
      ["evaluation", "en-cours", null],
    ]);
    expect(stateOf(signed, "diagnostic")?.plannedOn).toBe("2021-10-30");
  });

  it("evaluates each year of the convention by its bilan annuel, named by the decision or its meeting's date", async () => {
    const space = await server.createSpace();
    const bilan = (date: string, year?: number) =>
      hold(space, {
        kind: "copil",
        date,
        title: `COPIL du ${date}`,
        decisions: [{ kind: "bilan-annuel", text: "Le bilan annuel est validé.", ...(year ? { year } : {}) }],
      });
    await bilan("2022-12-15");
    const march = await bilan("2024-03-07", 2023);
    expect(march.decisions[0]?.year).toBe(2023);
    const read = await json<Meeting[]>(
      await send("GET", `/api/spaces/${space.id}/meetings`, space.facilitatorSecret),
      200,
    );
    expect(read.map((meeting) => meeting.decisions[0]?.year ?? null)).toEqual([null, 2023]);

    const evaluation = stateOf(await demarche(space), "evaluation");
    expect(evaluation?.yearly).toEqual({
      // Every year's due day (30 June after it) is past, as the server's today is.
      years: [
        { year: 2021, state: "manquant", validatedOn: null, dueOn: "2022-06-30", late: true },
        { year: 2022, state: "valide", validatedOn: "2022-12-15", dueOn: "2023-06-30", late: false },
        { year: 2023, state: "valide", validatedOn: "2024-03-07", dueOn: "2024-06-30", late: false },
        { year: 2024, state: "attendu", validatedOn: null, dueOn: "2025-06-30", late: true },
        { year: 2025, state: "a-venir", validatedOn: null, dueOn: "2026-06-30", late: true },
      ],
      next: 2024,
      completedOn: null,
    });
    expect(evaluation?.meetings.map((meeting) => meeting.id)).toEqual([read[0]?.id, march.id]);

    const releve = await send(
      "GET",
      `/api/spaces/${space.id}/meetings/${march.id}/releve.docx`,
      space.facilitatorSecret,
    );
    const releveDocx = new Uint8Array(await releve.arrayBuffer());
    expect(await docxText(releveDocx)).toContain("1. Validation du bilan annuel 2023");
    expect(await docxText(releveDocx, "word/footer1.xml")).toMatch(
      /^Relevé de décisions — .+ — page PAGE sur NUMPAGES$/,
    );

    const refused = await send("POST", `/api/spaces/${space.id}/meetings`, space.facilitatorSecret, {
      kind: "copil",
      date: "2024-03-07",
      title: "COPIL",
      decisions: [{ kind: "avenant", text: "Avenant n°1", year: 2023 }],
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Seule la validation d'un bilan annuel nomme une année.");
  });

  it("reads an undated bilan of a COPIL held before July as the year before, and refuses a year outside the period", async () => {
    const space = await server.createSpace();
    await hold(space, {
      kind: "copil",
      date: "2023-02-09",
      title: "COPIL de février",
      decisions: [{ kind: "bilan-annuel", text: "Le bilan annuel est validé." }],
    });
    const years = stateOf(await demarche(space), "evaluation")?.yearly?.years;
    expect(years?.filter((year) => year.state === "valide").map((year) => year.year)).toEqual([2022]);

    const outside = await send("POST", `/api/spaces/${space.id}/meetings`, space.facilitatorSecret, {
      kind: "copil",
      date: "2023-02-09",
      title: "COPIL",
      decisions: [{ kind: "bilan-annuel", text: "Bilan", year: 2030 }],
    });
    expect(outside.status).toBe(400);
    expect(await outside.text()).toContain("L'année d'un bilan annuel doit être une année de la convention");
  });

  it("says by the server's clock whether the convention is in its last year, as it says when it ended", async () => {
    const year = Number(today().slice(0, 4));
    const ending = async (end: number) => {
      const body = { name: `CTG ${end - 4}-${end}`, period: { start: end - 4, end } };
      return demarche(await json<CreatedSpaceView>(await server.request("POST", "/api/spaces", { body }), 201));
    };
    expect(await ending(year)).toMatchObject({ inLastYear: true, endedOn: null });
    expect(await ending(year + 1)).toMatchObject({ inLastYear: false, endedOn: null });
    expect(await ending(year - 1)).toMatchObject({ inLastYear: false, endedOn: `${year - 1}-12-31` });
  });

  it("re-opens a validated step with its reason and date, then a later COPIL validates it again", async () => {
    const space = await server.createSpace();
    await hold(space, {
      kind: "copil",
      date: "2021-10-30",
      title: "COPIL",
      decisions: [
        { kind: "validation-cadrage", text: "Cadrage validé." },
        { kind: "validation-diagnostic", text: "Diagnostic validé." },
      ],
    });
    const reopenings = `/api/spaces/${space.id}/demarche/reopenings`;
    const reason = "Les chiffres 2020 de la Caf changent le constat sur la petite enfance.";
    const reopened = await json<Demarche>(
      await send("POST", reopenings, space.facilitatorSecret, { step: "diagnostic", reason, on: "2021-11-02" }),
      201,
    );
    expect(stateOf(reopened, "diagnostic")).toMatchObject({ state: "en-cours", validatedOn: null });
    expect(stateOf(reopened, "diagnostic")?.reopenings).toMatchObject([
      { step: "diagnostic", reason, on: "2021-11-02" },
    ]);
    expect((await demarche(space)).next?.step).toBe("diagnostic");

    // A step not validated, or a re-opening dated before the validation, changes nothing: refused.
    for (const body of [
      { step: "diagnostic", reason },
      { step: "signature", reason },
      { step: "preparation", reason, on: "2021-10-01" },
    ]) {
      expect((await send("POST", reopenings, space.facilitatorSecret, body)).status).toBe(409);
    }
    expect((await send("POST", reopenings, space.facilitatorSecret, { step: "preparation" })).status).toBe(400);

    await hold(space, {
      kind: "copil",
      date: "2021-11-20",
      title: "COPIL de revalidation",
      decisions: [{ kind: "validation-diagnostic", text: "Diagnostic actualisé validé." }],
    });
    const again = await demarche(space);
    expect(stateOf(again, "diagnostic")).toMatchObject({ state: "validee", validatedOn: "2021-11-20" });
    expect(stateOf(again, "diagnostic")?.meetings.map((meeting) => meeting.date)).toEqual(["2021-10-30", "2021-11-20"]);
    expect(again.next?.step).toBe("priorites");
  });

  it("edits a meeting field by field and deletes it, unless a frozen version of the plan names it", async () => {
    const space = await server.createSpace();
    const meeting = await hold(space, { kind: "comite-technique", date: "2021-09-01", title: "Comité technique" });
    const path = `/api/spaces/${space.id}/meetings/${meeting.id}`;
    const edited = await json<Meeting>(
      await send("PATCH", path, space.facilitatorSecret, {
        place: "Prades",
        boardId: space.boards[0]?.id,
        attendees: [
          { name: "Claire Martin", organisation: "Caf des Pyrénées-Orientales" },
          { name: "Karim Haddad", organisation: "CdC Conflent-Canigou", attendance: "excuse" },
        ],
        decisions: [{ kind: "validation-cadrage", text: "Calendrier arrêté." }],
      }),
      200,
    );
    expect(edited).toMatchObject({
      kind: "comite-technique",
      title: "Comité technique",
      place: "Prades",
      boardId: space.boards[0]?.id,
      attendees: [
        { name: "Claire Martin", organisation: "Caf des Pyrénées-Orientales", attendance: "present" },
        { name: "Karim Haddad", attendance: "excuse" },
      ],
    });
    expect(await json(await send("GET", path, space.facilitatorSecret), 200)).toEqual(edited);
    expect(stateOf(await demarche(space), "preparation")?.state).toBe("validee");

    const refused = await send("PATCH", path, space.facilitatorSecret, { decisions: [{ kind: "vote", text: "" }] });
    expect(((await json<{ error: string }>(refused, 400)) as { error: string }).error).toMatch(/^decisions\[0\]\.kind/);
    expect((await send("PATCH", path, space.facilitatorSecret, { boardId: "inconnu" })).status).toBe(404);

    const other = await hold(space, { kind: "copil", date: "2021-10-30", title: "COPIL" });
    await json(
      await send("POST", `/api/spaces/${space.id}/plan/versions`, space.facilitatorSecret, {
        label: "Plan validé",
        meetingId: other.id,
      }),
      201,
    );
    expect((await send("DELETE", `/api/spaces/${space.id}/meetings/${other.id}`, space.facilitatorSecret)).status).toBe(
      409,
    );

    expect((await send("DELETE", path, space.facilitatorSecret)).status).toBe(204);
    expect((await send("GET", path, space.facilitatorSecret)).status).toBe(404);
    expect((await send("DELETE", path, space.facilitatorSecret)).status).toBe(404);
    expect(stateOf(await demarche(space), "preparation")?.state).toBe("en-cours");
  });

  it("still takes the earlier body (title, date, kind, decisions as free text) as one free decision", async () => {
    const space = await server.createSpace();
    const meeting = await hold(space, {
      date: "2022-03-14",
      kind: "copil",
      title: "COPIL de validation",
      decisions: "Plan validé.",
    });
    expect(meeting).toMatchObject({
      title: "COPIL de validation",
      place: "",
      agenda: "",
      attendees: [],
      decisions: [{ kind: "libre", text: "Plan validé." }],
    });
    expect(await json(await send("GET", `/api/spaces/${space.id}/meetings`, space.facilitatorSecret), 200)).toEqual([
      meeting,
    ]);
  });
});

describe("who sees the governance records", () => {
  it("lets partners and observers read, not write, and shows habitants nothing", async () => {
    const space = await server.createSpace();
    const meeting = await hold(space, { kind: "copil", date: "2021-10-30", title: "COPIL" });
    const partner = await server.join(space, "partner", "Karim (CdC)");
    const observer = await server.join(space, "observer", "Élue");
    const habitant = await server.join(space, "habitant", "Léa");
    const meetings = `/api/spaces/${space.id}/meetings`;
    const reads = [
      meetings,
      `${meetings}/${meeting.id}`,
      `${meetings}/${meeting.id}/releve.docx`,
      `/api/spaces/${space.id}/demarche`,
    ];
    for (const reader of [partner, observer]) {
      for (const path of reads) expect((await send("GET", path, reader.participantToken)).status, path).toBe(200);
    }
    for (const path of reads) expect((await send("GET", path, habitant.participantToken)).status, path).toBe(403);
    const writes: [string, string, unknown][] = [
      ["POST", meetings, { kind: "copil", date: "2021-11-30", title: "COPIL" }],
      ["PATCH", `${meetings}/${meeting.id}`, { place: "Prades" }],
      ["DELETE", `${meetings}/${meeting.id}`, undefined],
      ["PATCH", `/api/spaces/${space.id}/demarche`, { planned: { signature: "2021-12-15" } }],
      ["POST", `/api/spaces/${space.id}/demarche/reopenings`, { step: "diagnostic", reason: "Non." }],
    ];
    for (const someone of [partner, observer, habitant]) {
      for (const [method, path, body] of writes) {
        expect((await send(method, path, someone.participantToken, body)).status, `${method} ${path}`).toBe(403);
      }
    }
    expect((await send("GET", meetings, "")).status).toBe(401);
  });
});

describe("the relevé de décisions", () => {
  it("reads back as a Word document with the meeting, its attendees, agenda and each decision", async () => {
    const space = await server.createSpace("CdC Conflent-Canigou");
    const meeting = await hold(space, {
      kind: "comite-operationnel",
      date: "2021-10-30",
      title: "COPIL — validation du diagnostic",
      place: "Prades, salle du conseil",
      agenda: "Présentation du diagnostic\nAxes du plan d'actions",
      boardId: space.boards[0]?.id,
      attendees: [
        { name: "Claire Martin", organisation: "Caf des Pyrénées-Orientales" },
        { name: "Karim Haddad", organisation: "CdC Conflent-Canigou", attendance: "excuse" },
      ],
      decisions: [
        { kind: "validation-diagnostic", text: "Le diagnostic partagé est validé." },
        { kind: "libre", text: "Prochain COPIL le 30 novembre." },
      ],
    });
    const response = await send(
      "GET",
      `/api/spaces/${space.id}/meetings/${meeting.id}/releve.docx`,
      space.facilitatorSecret,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/wordprocessingml/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="releve-decisions-2021-10-30.docx"');
    const text = await docxText(response);
    for (const expected of [
      "Relevé de décisions",
      "Convention territoriale globale — CdC Conflent-Canigou",
      "COPIL — validation du diagnostic",
      "Comité opérationnel / groupe thématique",
      "30 octobre 2021",
      "Prades, salle du conseil",
      `Groupe thématique : ${space.boards[0]?.theme}`,
      "Présents (1)",
      "Claire Martin (Caf des Pyrénées-Orientales)",
      "Excusés (1)",
      "Karim Haddad (CdC Conflent-Canigou)",
      "Ordre du jour",
      "Axes du plan d'actions",
      "1. Validation du diagnostic partagé",
      "Le diagnostic partagé est validé.",
      // The word the interface shows, "libre" being only the code.
      "2. Autre décision",
      "Prochain COPIL le 30 novembre.",
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe("the demo space", () => {
  it("walks the Conflent-Canigou calendar of 2021 to the signature, then a first yearly bilan of five", async () => {
    const space = await json<CreatedSpaceView>(await server.request("POST", "/api/demo"), 201);
    const meetings = await json<Meeting[]>(
      await send("GET", `/api/spaces/${space.id}/meetings`, space.facilitatorSecret),
      200,
    );
    expect(meetings.map((meeting) => [meeting.date, meeting.kind])).toEqual([
      ["2021-10-15", "comite-operationnel"],
      ["2021-10-30", "copil"],
      ["2021-11-15", "comite-partenarial"],
      ["2021-11-30", "copil"],
      ["2021-12-15", "copil"],
      ["2022-12-15", "copil"],
    ]);
    // The first yearly bilan of a five-year convention signed in December 2021 (none owed for 2021): the evaluation
    // goes on, the bilan 2023 comes next, planned a year after the first, and late by the server's clock.
    const walked = await demarche(space);
    expect(walked.steps.filter((step) => step.state === "validee")).toHaveLength(7);
    expect(walked.next).toEqual({
      step: "evaluation",
      awaiting: ["bilan-annuel"],
      plannedOn: "2023-12-15",
      year: 2023,
      late: new Date().toISOString().slice(0, 10) > "2023-12-15",
    });
    expect(stateOf(walked, "evaluation")?.yearly?.years.map((year) => [year.year, year.state])).toEqual([
      [2022, "valide"],
      [2023, "attendu"],
      [2024, "a-venir"],
      [2025, "a-venir"],
    ]);
    const bilan = await json<YearBilan>(
      await send("GET", `/api/spaces/${space.id}/bilan/2022`, space.facilitatorSecret),
      200,
    );
    // The crèche and the espace de vie sociale start in 2023: the bilan 2022 neither lists nor counts them.
    // Both run until 2025: their first year done, they are under way, not completed.
    expect(bilan.counts).toMatchObject({ realisee: 0, "en-cours": 2, reportee: 0, "non-renseignee": 0 });
    expect(bilan.axes.flatMap((axis) => axis.fiches.map((fiche) => fiche.title))).toEqual([
      "Un accueil de loisirs itinérant l'été",
      "Coordonner la CTG : 2,5 ETP de chargés de coopération",
    ]);
    expect(bilan.meetings.map((meeting) => meeting.date)).toEqual(["2022-12-15"]);
    const convention = await json<ConventionStatus>(
      await send("GET", `/api/spaces/${space.id}/plan/signature`, space.facilitatorSecret),
      200,
    );
    expect(convention.signature?.signedOn).toBe("2021-12-15");
    expect(convention.signature?.signatories.map((party) => party.kind)).toEqual(["caf", "epci"]);
    expect(convention.signature?.meetingId).toBe(meetings[4]?.id);
    const versions = await json<{ id: string; label: string; meetingId: string | null; createdAt: number }[]>(
      await send("GET", `/api/spaces/${space.id}/plan/versions`, space.facilitatorSecret),
      200,
    );
    expect(versions).toEqual([
      expect.objectContaining({ id: convention.signature?.versionId, meetingId: meetings[3]?.id }),
    ]);
    // Frozen on the day of the COPIL that validated it, not on the day the demo was made.
    expect(new Date(versions[0]?.createdAt ?? 0).toISOString().slice(0, 10)).toBe("2021-11-30");
  });
});
