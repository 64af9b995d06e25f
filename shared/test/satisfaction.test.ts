import { describe, expect, it } from "vitest";
import { frenchIssue } from "../src/problems.ts";
import {
  aggregateSatisfaction,
  SATISFACTION_QUESTIONS,
  type SatisfactionAnswer,
  SatisfactionAnswerSchema,
} from "../src/satisfaction.ts";

const answer = (scores: SatisfactionAnswer["scores"], comment = ""): SatisfactionAnswer => ({ scores, comment });

describe("aggregateSatisfaction", () => {
  it("counts, spreads and averages each question to one decimal", () => {
    const results = aggregateSatisfaction(SATISFACTION_QUESTIONS, [
      answer({ gouvernance: 4, echanges: 2 }),
      answer({ gouvernance: 5, echanges: 2 }),
      answer({ gouvernance: 4, echanges: 3 }),
      answer({ gouvernance: 1 }),
    ]);
    expect(results.respondents).toBe(4);
    expect(results.questions[0]).toEqual({
      question: "gouvernance",
      answers: 4,
      figures: { distribution: [1, 0, 0, 2, 1], mean: 3.5 },
    });
    // 7 / 3 = 2.333…
    expect(results.questions[1]).toEqual({
      question: "echanges",
      answers: 3,
      figures: { distribution: [0, 2, 1, 0, 0], mean: 2.3 },
    });
  });

  it("withholds a question's figures below three answers, and says how many there were", () => {
    const results = aggregateSatisfaction(SATISFACTION_QUESTIONS, [
      answer({ gouvernance: 4, information: 1 }),
      answer({ gouvernance: 5, information: 2 }),
      answer({ gouvernance: 3 }),
    ]);
    expect(results.questions.find((result) => result.question === "information")).toEqual({
      question: "information",
      answers: 2,
      figures: null,
    });
    expect(results.questions.find((result) => result.question === "plan-besoins")?.figures).toBeNull();
    expect(results.questions[0]?.figures?.mean).toBe(4);
  });

  it("lists comments sorted, not in the order they came, and none below three respondents", () => {
    const comments = ["Zéro réunion cette année", "", "Bonne dynamique", "Améliorer les comptes rendus"];
    const results = aggregateSatisfaction(
      SATISFACTION_QUESTIONS,
      comments.map((comment) => answer({ echanges: 3 }, comment)),
    );
    expect(results.comments).toEqual(["Améliorer les comptes rendus", "Bonne dynamique", "Zéro réunion cette année"]);
    const few = aggregateSatisfaction(SATISFACTION_QUESTIONS, [answer({}, "Seul avis"), answer({ echanges: 3 })]);
    expect(few.comments).toBeNull();
  });
});

describe("SatisfactionAnswerSchema", () => {
  it("refuses a note out of the scale, an unknown question, an empty answer, in French", () => {
    const fail = (input: unknown) => {
      const issue = SatisfactionAnswerSchema.safeParse(input).error?.issues[0];
      return issue && frenchIssue(issue);
    };
    expect(fail({ scores: { gouvernance: 6 } })).toBe("Une note va de 1 à 5.");
    expect(fail({ scores: { gouvernance: 2.5 } })).toBe("Une note doit être un nombre entier de 1 à 5.");
    expect(fail({ scores: { ambiance: 3 } })).toBe("Champ inconnu : ambiance.");
    expect(fail({ scores: {}, comment: "  " })).toBe("Répondez à au moins une question, ou laissez un commentaire.");
    expect(fail({ scores: {}, comment: "x".repeat(2001) })).toBe("Le commentaire dépasse 2000 caractères.");
    expect(SatisfactionAnswerSchema.parse({ scores: { echanges: 5 } })).toEqual({
      scores: { echanges: 5 },
      comment: "",
    });
  });
});
