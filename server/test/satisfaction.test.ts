import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type {
  CreatedSpaceView,
  OpenedSatisfactionView,
  SatisfactionAnswerInput,
  SatisfactionFormView,
  SatisfactionQuestionnaireView,
  SatisfactionReport,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { hashSecret } from "../src/spaces/secrets.ts";
import { docxText } from "./support/docx-text.ts";
import { json } from "./support/http-json.ts";
import { openTestStore } from "./support/storage.ts";
import { freshDataDir, startTestServer } from "./support/test-server.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

const questionnaire = (space: CreatedSpaceView, year: number, rest = "") =>
  `/api/spaces/${space.id}/satisfaction/${year}${rest}`;

const open = async (space: CreatedSpaceView, year: number) =>
  json<OpenedSatisfactionView>(
    await server.request("POST", questionnaire(space, year), { token: space.facilitatorSecret }),
    201,
  );

/** As a partner's phone does: no account, no token but the link's. */
const answer = (token: string, body: SatisfactionAnswerInput | Record<string, unknown>) =>
  server.request("POST", `/api/satisfaction/${token}/answers`, { body });

const results = (space: CreatedSpaceView, year: number, token = space.facilitatorSecret) =>
  server.request("GET", questionnaire(space, year, "/results"), { token });

describe("the partners' yearly satisfaction questionnaire", () => {
  it("is opened for a year, answered through its link without an account, closed, and aggregated unsigned", async () => {
    const space = await server.createSpace("CTG du Conflent");
    const opened = await open(space, 2023);
    expect(opened).toMatchObject({
      year: 2023,
      questions: ["gouvernance", "echanges", "plan-besoins", "information"],
      closedAt: null,
      answers: 0,
    });

    const form = await json<SatisfactionFormView>(
      await server.request("GET", `/api/satisfaction/${opened.token}`),
      200,
    );
    expect(form).toEqual({ spaceId: space.id, spaceName: "CTG du Conflent", year: 2023, questions: opened.questions });

    const given: SatisfactionAnswerInput[] = [
      { scores: { gouvernance: 4, echanges: 3, "plan-besoins": 5 }, comment: "Des COPIL trop espacés." },
      { scores: { gouvernance: 5, echanges: 2, "plan-besoins": 4 }, comment: "" },
      { scores: { gouvernance: 3, echanges: 3, information: 1 }, comment: "Associer davantage les communes." },
      { scores: { gouvernance: 4, information: 2 } },
    ];
    for (const body of given) expect((await answer(opened.token, body)).status).toBe(201);

    const refused = await json<{ error: string }>(await answer(opened.token, { scores: { gouvernance: 7 } }), 400);
    expect(refused.error).toBe("scores.gouvernance : Une note va de 1 à 5.");

    const closed = await json<SatisfactionQuestionnaireView>(
      await server.request("POST", questionnaire(space, 2023, "/closing"), { token: space.facilitatorSecret }),
      200,
    );
    expect(closed.closedAt).toEqual(expect.any(Number));
    expect(closed.answers).toBe(4);
    const late = await json<{ error: string }>(await answer(opened.token, { scores: { echanges: 5 } }), 410);
    expect(late.error).toMatch(/clos/);
    expect((await server.request("GET", `/api/satisfaction/${opened.token}`)).status).toBe(410);

    expect(await json<SatisfactionReport>(await results(space, 2023), 200)).toEqual({
      year: 2023,
      closedAt: closed.closedAt,
      respondents: 4,
      questions: [
        { question: "gouvernance", answers: 4, figures: { distribution: [0, 0, 1, 2, 1], mean: 4 } },
        { question: "echanges", answers: 3, figures: { distribution: [0, 1, 2, 0, 0], mean: 2.7 } },
        // Two answers: withheld, as one partner could tell the other's.
        { question: "plan-besoins", answers: 2, figures: null },
        { question: "information", answers: 2, figures: null },
      ],
      comments: ["Associer davantage les communes.", "Des COPIL trop espacés."],
    });
  });

  it("withholds everything below three answers", async () => {
    const space = await server.createSpace();
    const { token } = await open(space, 2022);
    await answer(token, { scores: { gouvernance: 1, echanges: 1 }, comment: "Seul le maire décide." });
    await answer(token, { scores: { gouvernance: 5, echanges: 5 } });
    const report = await json<SatisfactionReport>(await results(space, 2022), 200);
    expect(report.respondents).toBe(2);
    expect(report.questions.map((question) => question.figures)).toEqual([null, null, null, null]);
    expect(report.comments).toBeNull();
  });

  it("lets the facilitator open and close it, partners and observers read the results, habitants nothing", async () => {
    const space = await server.createSpace();
    await open(space, 2024);
    const partner = await server.join(space, "partner", "Claire (Caf)");
    const observer = await server.join(space, "observer", "Préfecture");
    const habitant = await server.join(space, "habitant", "Samir");
    expect((await results(space, 2024, partner.participantToken)).status).toBe(200);
    expect((await results(space, 2024, observer.participantToken)).status).toBe(200);
    const list = await server.request("GET", `/api/spaces/${space.id}/satisfaction`, {
      token: partner.participantToken,
    });
    expect((await json<SatisfactionQuestionnaireView[]>(list, 200)).map(({ year }) => year)).toEqual([2024]);
    expect((await results(space, 2024, habitant.participantToken)).status).toBe(403);
    expect(
      (
        await server.request("GET", `/api/spaces/${space.id}/satisfaction`, {
          token: habitant.participantToken,
        })
      ).status,
    ).toBe(403);
    for (const path of [questionnaire(space, 2025), questionnaire(space, 2024, "/closing")]) {
      expect((await server.request("POST", path, { token: partner.participantToken })).status).toBe(403);
    }
    expect((await server.request("POST", questionnaire(space, 2025))).status).toBe(401);
  });

  it("refuses a year outside the convention, and says when a year has no questionnaire", async () => {
    const space = await server.createSpace();
    const outside = await server.request("POST", questionnaire(space, 2030), { token: space.facilitatorSecret });
    expect((await json<{ error: string }>(outside, 400)).error).toBe(
      "L'année du questionnaire doit être une année de la convention (2021–2025).",
    );
    expect((await json<{ error: string }>(await results(space, 2021), 404)).error).toBe(
      "Aucun questionnaire de satisfaction n'a été ouvert pour 2021.",
    );
    expect((await server.request("GET", "/api/satisfaction/pas-un-lien")).status).toBe(404);
  });

  it("shows the link's token once, keeps only its hash, and a new link replaces it with the answers kept", async () => {
    const space = await server.createSpace();
    const first = await open(space, 2021);
    await answer(first.token, { scores: { echanges: 4 } });
    const list = await (
      await server.request("GET", `/api/spaces/${space.id}/satisfaction`, { token: space.facilitatorSecret })
    ).text();
    expect(list).not.toContain(first.token);

    const second = await open(space, 2021);
    expect(second.token).not.toBe(first.token);
    expect(second.answers).toBe(1);
    expect((await server.request("GET", `/api/satisfaction/${first.token}`)).status).toBe(404);
    expect((await answer(second.token, { scores: { echanges: 5 } })).status).toBe(201);

    const store = await openTestStore(server.dataDir);
    try {
      expect((await store.satisfaction.find(space.id, 2021))?.tokenHash).toBe(hashSecret(second.token));
    } finally {
      await store.close();
    }
    for (const file of readdirSync(server.dataDir, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const content = readFileSync(join(file.parentPath, file.name)).toString("latin1");
      expect(content.includes(second.token), file.name).toBe(false);
    }
  });

  it("ends the bilan annuel's DOCX with the results, withheld figures and comments said so", async () => {
    const space = await server.createSpace();
    const { token } = await open(space, 2025);
    for (const scores of [{ gouvernance: 2 }, { gouvernance: 3 }, { gouvernance: 3, echanges: 5 }]) {
      await answer(token, { scores, comment: scores.gouvernance === 2 ? "Plus de comités techniques." : "" });
    }
    const docx = await server.request("GET", `/api/spaces/${space.id}/bilan/2025/bilan.docx`, {
      token: space.facilitatorSecret,
    });
    expect(docx.status).toBe(200);
    const text = await docxText(docx);
    expect(text).toContain("Satisfaction des partenaires");
    expect(text).toContain("Le questionnaire de satisfaction 2025 a reçu 3 réponses");
    expect(text).toContain("La gouvernance de la CTG (COPIL, comités) vous permet de participer aux décisions");
    expect(text).toContain("2,7");
    expect(text).toContain("moins de 3 réponses à la question, résultat non communiqué");
    expect(text).toContain("Plus de comités techniques.");
  });

  it("limits the answers from one address, as joins are", async () => {
    const limited = await startTestServer(freshDataDir(), { JOIN_RATE_PER_MINUTE: "2" });
    try {
      const space = await limited.createSpace();
      const opened = await json<OpenedSatisfactionView>(
        await limited.request("POST", questionnaire(space, 2022), { token: space.facilitatorSecret }),
        201,
      );
      const send = () =>
        limited.request("POST", `/api/satisfaction/${opened.token}/answers`, { body: { scores: { echanges: 4 } } });
      expect([(await send()).status, (await send()).status]).toEqual([201, 201]);
      const third = await json<{ error: string }>(await send(), 429);
      expect(third.error).toBe("Trop de réponses depuis cette adresse en une minute : patientez un instant.");
    } finally {
      await limited.close();
    }
  });
});
