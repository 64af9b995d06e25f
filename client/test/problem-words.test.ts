import {
  BudgetLineSchema,
  ClusterNameSchema,
  ContributionSchema,
  CreateSpaceSchema,
  FRENCH_PROBLEM_WORDS,
  type IssueLike,
  NewCardSchema,
  type ProblemCode,
  problemOf,
  SourceRefSchema,
  wordProblem,
} from "@atelier/shared";
import { describe, expect, it } from "vitest";
import { ENGLISH_PROBLEM_WORDS } from "../src/i18n/en-problems.ts";

/** Accented letters, guillemets and words only French sentences have. */
const FRENCH = /[àâçéèêëîïôûùœ«»]|\b(le|la|les|une?|doit|doivent|est|dépasse|être|valeur)\b/i;

const card = {
  kind: "besoin",
  title: "Places en crèche",
  authorId: "p-1",
  authorName: "Camille",
  authorRole: "partner",
};
const line = {
  financer: { kind: "caf", label: "" },
  nature: null,
  dispositif: null,
  year: 2024,
  amount: 12_000,
};

function firstIssue(result: { success: boolean; error?: { issues: readonly IssueLike[] } }): IssueLike {
  const issue = result.error?.issues[0];
  if (result.success || !issue) throw new Error("expected a refusal");
  return issue;
}

/** Each refusal the forms show, read the way refusal() and fieldErrors() read it. */
const refusals: [string, IssueLike, ProblemCode, string, string][] = [
  [
    "a card title too long",
    firstIssue(NewCardSchema.safeParse({ ...card, title: "x".repeat(201) })),
    "tooLong",
    "The card's title is longer than 200 characters.",
    "Le titre de la carte dépasse 200 caractères.",
  ],
  // The habitant's form asks for "your idea, in one sentence": its refusals say so, not "the card's title".
  [
    "a habitant's empty idea",
    firstIssue(ContributionSchema.safeParse({ kind: "besoin", title: "   " })),
    "ideaMissing",
    "Write your idea in one sentence.",
    "Écrivez votre idée en une phrase.",
  ],
  [
    "a habitant's idea too long",
    firstIssue(ContributionSchema.safeParse({ kind: "besoin", title: "x".repeat(201) })),
    "tooLong",
    "Your idea is longer than 200 characters.",
    "Votre idée dépasse 200 caractères.",
  ],
  [
    "an empty card title on a board, worded as before",
    firstIssue(NewCardSchema.safeParse({ ...card, title: "   " })),
    "required",
    "The card's title is required.",
    "Le titre de la carte est obligatoire.",
  ],
  [
    "an empty cluster name",
    firstIssue(ClusterNameSchema.safeParse("   ")),
    "required",
    "The cluster's name is required.",
    "Le nom du regroupement est obligatoire.",
  ],
  [
    "a budget amount that is not a number",
    firstIssue(BudgetLineSchema.safeParse({ ...line, amount: Number.NaN })),
    "amountNotNumber",
    "The amount must be a number of euros.",
    "Le montant doit être un nombre d'euros.",
  ],
  [
    "an empty space name",
    firstIssue(CreateSpaceSchema.safeParse({ name: "", period: { start: 2024, end: 2027 } })),
    "required",
    "The territory's name is required.",
    "Le nom du territoire est obligatoire.",
  ],
  [
    "an unknown field",
    firstIssue(NewCardSchema.safeParse({ ...card, status: "agreed" })),
    "unknownField",
    "Unknown field: status.",
    "Champ inconnu : status.",
  ],
  [
    "a value of the wrong type",
    firstIssue(NewCardSchema.safeParse({ ...card, title: 42 })),
    "notText",
    "The card's title must be text.",
    "Le titre de la carte doit être un texte.",
  ],
  [
    "a wrong type where the schema gives no message",
    firstIssue(SourceRefSchema.safeParse({ boardId: 7 })),
    "notText",
    "The value must be text.",
    "La valeur doit être un texte.",
  ],
  [
    "a text too long where the schema gives no message",
    firstIssue(
      SourceRefSchema.safeParse({
        boardId: "b".repeat(65),
        cardId: "c",
        kind: "besoin",
        title: "",
        theme: "",
        promotedAt: 0,
      }),
    ),
    "tooLong",
    "The text is longer than 64 characters.",
    "Le texte dépasse 64 caractères.",
  ],
];

describe("the shared schemas' refusals", () => {
  it.each(refusals)("word %s in English and in French", (_, issue, code, english, french) => {
    const problem = problemOf(issue);
    expect(problem.code).toBe(code);
    expect(wordProblem(ENGLISH_PROBLEM_WORDS, problem)).toBe(english);
    expect(wordProblem(FRENCH_PROBLEM_WORDS, problem)).toBe(french);
    expect(english).not.toMatch(FRENCH);
  });

  it("word every code and subject in English without French", () => {
    const params = {
      maximum: 5,
      minimum: 1,
      values: ["a", "b"],
      keys: ["x"],
      value: "v",
      start: 1,
      end: 2,
      year: 3,
      count: 8,
    };
    for (const [code, wording] of Object.entries(ENGLISH_PROBLEM_WORDS.problems)) {
      for (const subject of [undefined, ...Object.values(ENGLISH_PROBLEM_WORDS.subjects)]) {
        const text = typeof wording === "string" ? wording : wording({ ...params, subject });
        expect(text, code).not.toMatch(FRENCH);
        expect(text, code).not.toMatch(/Invalid input|undefined/);
      }
    }
  });
});
