import { frenchRefusal, type RefusalCode, type RefusalParams } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

interface RefusalBody {
  error: string;
  code?: RefusalCode;
  params?: RefusalParams;
  reason?: string;
}

/** A refusal's status and body, and its code worded in French as the French interface words it. */
async function refusal(response: Response) {
  const body = (await response.json()) as RefusalBody;
  return { status: response.status, body, french: body.code && frenchRefusal(body.code, body.params) };
}

describe("the server's refusals", () => {
  it("carry a stable code beside the French message, which the code's French wording gives exactly", async () => {
    const space = await server.createSpace();
    const partner = await server.join(space, "partner", "Camille");
    const facilitator = { token: space.facilitatorSecret };

    const missingMeeting = await refusal(
      await server.request("GET", `/api/spaces/${space.id}/meetings/nowhere`, facilitator),
    );
    expect(missingMeeting).toEqual({
      status: 404,
      body: { error: "Réunion introuvable dans cet espace.", code: "meetingNotFound" },
      french: "Réunion introuvable dans cet espace.",
    });

    const notFacilitator = await refusal(
      await server.request("POST", `/api/spaces/${space.id}/meetings`, {
        token: partner.participantToken,
        body: { kind: "copil", date: "2022-01-10", title: "COPIL" },
      }),
    );
    expect(notFacilitator).toEqual({
      status: 403,
      body: { error: "Seul un animateur de cet espace peut faire cela.", code: "facilitatorOnly" },
      french: "Seul un animateur de cet espace peut faire cela.",
    });

    const notValidated = await refusal(
      await server.request("POST", `/api/spaces/${space.id}/demarche/reopenings`, {
        ...facilitator,
        body: { step: "diagnostic", reason: "Chiffres de la CAF corrigés" },
      }),
    );
    expect(notValidated).toEqual({
      status: 409,
      body: { error: "Seule une étape validée peut être rouverte.", code: "reopeningNotValidated" },
      french: "Seule une étape validée peut être rouverte.",
    });
  });

  it("send what their wording quotes as params, so that the code's wording gives the same message", async () => {
    const space = await server.createSpace();
    const unknownBoard = await refusal(
      await server.request("POST", `/api/spaces/${space.id}/invitations`, {
        token: space.facilitatorSecret,
        body: { role: "habitant", label: "Atelier", boardIds: ["b-nowhere"] },
      }),
    );
    expect(unknownBoard.status).toBe(400);
    expect(unknownBoard.body).toEqual({
      error: "boardIds : tableau inconnu dans cet espace : b-nowhere.",
      code: "invitationBoardsUnknown",
      params: { ids: ["b-nowhere"] },
    });
    expect(unknownBoard.french).toBe(unknownBoard.body.error);

    const noQuestionnaire = await refusal(
      await server.request("GET", `/api/spaces/${space.id}/satisfaction/2022/results`, {
        token: space.facilitatorSecret,
      }),
    );
    expect(noQuestionnaire).toMatchObject({ status: 404, body: { code: "noQuestionnaire", params: { year: 2022 } } });
    expect(noQuestionnaire.french).toBe(noQuestionnaire.body.error);
  });

  it("keep the closed link's reason beside its code, for the join page", async () => {
    const dead = await refusal(await server.request("POST", "/api/join/preview", { body: { token: "x".repeat(43) } }));
    expect(dead).toEqual({
      status: 404,
      body: { error: "Ce lien d'invitation n'existe pas.", code: "linkUnknown", reason: "unknown" },
      french: "Ce lien d'invitation n'existe pas.",
    });
  });
});
