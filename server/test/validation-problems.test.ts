import { describeProblems, type FieldProblem, FRENCH_PROBLEM_WORDS, fieldProblemsIn } from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { json } from "./support/http-json.ts";
import { useTestServer } from "./support/use-test-server.ts";

const server = useTestServer();

describe("a refused JSON body", () => {
  it("gives each bad field as a problem code beside the French message, which the codes word alike", async () => {
    const body = await json<{ error: string; problems: FieldProblem[] }>(
      await server.request("POST", "/api/spaces", {
        body: { name: "", period: { start: 2025, end: "2030" }, colour: "bleu" },
      }),
      400,
    );
    expect(body.problems).toEqual([
      { code: "required", subject: "spaceName", path: ["name"], params: { minimum: 1 } },
      { code: "spaceYearNotNumber", path: ["period", "end"], params: {} },
      { code: "unknownField", path: [], params: { keys: ["colour"] } },
    ]);
    expect(fieldProblemsIn(body)).toEqual(body.problems);
    expect(body.error).toBe(
      "name : Le nom du territoire est obligatoire. ; period.end : Une année doit être un nombre (par exemple 2021). ; Champ inconnu : colour.",
    );
    expect(describeProblems(FRENCH_PROBLEM_WORDS, body.problems)).toBe(body.error);
  });
});

describe("a habitant's contribution refused", () => {
  it("words an empty idea as the habitant's form asks it, not as a card's title", async () => {
    const space = await server.createSpace();
    const habitant = await server.join(space, "habitant", "Lou");
    const body = await json<{ error: string; problems: FieldProblem[] }>(
      await server.request("POST", `/api/spaces/${space.id}/boards/${space.boards[0]?.id}/contributions`, {
        token: habitant.participantToken,
        body: { kind: "besoin", title: "  " },
      }),
      400,
    );
    expect(body.problems).toEqual([{ code: "ideaMissing", path: ["title"], params: { minimum: 1 } }]);
    expect(body.error).toBe("title : Écrivez votre idée en une phrase.");
  });
});
