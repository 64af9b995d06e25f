import { describe, expect, it } from "vitest";
import { NewCardSchema } from "../src/card.ts";
import { describeIssues } from "../src/validation.ts";

function messageFor(input: unknown): string {
  const result = NewCardSchema.safeParse(input);
  if (result.success) throw new Error("expected a refusal");
  return describeIssues(result.error);
}

const valid = {
  kind: "besoin",
  title: "Places en crèche",
  authorId: "p-1",
  authorName: "Camille",
  authorRole: "partner",
};

describe("card schema", () => {
  it("accepts a well-formed card and trims its text", () => {
    expect(NewCardSchema.parse({ ...valid, title: "  Places en crèche  " })).toEqual({ ...valid, source: "" });
  });

  it("names the field and the reason of each refusal", () => {
    expect(messageFor({ ...valid, kind: "idée" })).toMatch(/^kind : Le type de carte doit être l'un de : constat/);
    expect(messageFor({ ...valid, title: "   " })).toBe("title : Le titre de la carte est obligatoire.");
    expect(messageFor({ ...valid, title: "x".repeat(201) })).toBe(
      "title : Le titre de la carte dépasse 200 caractères.",
    );
    expect(messageFor({ ...valid, title: 42 })).toBe("title : Le titre de la carte doit être un texte.");
    expect(messageFor({ ...valid, authorRole: "admin" })).toBe("authorRole : Rôle d'auteur inconnu.");
  });

  it("refuses fields it does not know", () => {
    expect(messageFor({ ...valid, status: "promoted" })).toBe("Champ inconnu : status.");
  });
});
