import { z } from "zod/mini";
import { problem } from "./problems.ts";
import { objectErrors } from "./validation.ts";

/**
 * The partners' yearly satisfaction questionnaire about the partnership, for the bilan annuel. Every questionnaire
 * asks this default set, as codes: the interface and the documents word them.
 */
export const SATISFACTION_QUESTIONS = ["gouvernance", "echanges", "plan-besoins", "information"] as const;
export type SatisfactionQuestion = (typeof SATISFACTION_QUESTIONS)[number];

/** From "pas du tout d'accord" (1) to "tout à fait d'accord" (5). */
export const SATISFACTION_SCORES = [1, 2, 3, 4, 5] as const;
export type SatisfactionScore = (typeof SATISFACTION_SCORES)[number];

export const SATISFACTION_COMMENT_MAX = 2000;

/**
 * Below this many answers to a question, its figures are not shown: in a small partnership, two answers would say
 * who thought what. Comments follow the number of respondents.
 */
export const SATISFACTION_MIN_ANSWERS = 3;

const ScoreSchema = z
  .number({ error: problem("scoreNotInteger") })
  .check(
    z.int(problem("scoreNotInteger")),
    z.minimum(1, problem("scoreOutside")),
    z.maximum(5, problem("scoreOutside")),
  ) as z.ZodMiniType<SatisfactionScore, number>;

const scoreFields = Object.fromEntries(SATISFACTION_QUESTIONS.map((question) => [question, z.optional(ScoreSchema)]));

/** One partner's answer: a question left out is "sans avis"; at least one note or a comment. */
export const SatisfactionAnswerSchema = z
  .strictObject(
    {
      scores: z.strictObject(
        scoreFields as Record<SatisfactionQuestion, z.ZodMiniOptional<z.ZodMiniType<SatisfactionScore, number>>>,
        {
          error: objectErrors("scoresNotObject"),
        },
      ),
      comment: z._default(
        z
          .string({ error: problem("notText", "comment") })
          .check(z.trim(), z.maxLength(SATISFACTION_COMMENT_MAX, problem("tooLong", "comment"))),
        "",
      ),
    },
    { error: objectErrors("answerNotObject") },
  )
  .check(
    z.refine(
      (answer) => answer.comment !== "" || Object.values(answer.scores).some((score) => score !== undefined),
      problem("answerEmpty"),
    ),
  );
export type SatisfactionAnswerInput = z.input<typeof SatisfactionAnswerSchema>;
export type SatisfactionAnswer = z.infer<typeof SatisfactionAnswerSchema>;

/** A year's questionnaire, as its facilitator follows it. */
export interface SatisfactionQuestionnaireView {
  year: number;
  questions: SatisfactionQuestion[];
  openedAt: number;
  closedAt: number | null;
  answers: number;
}

/** Returned once, when the questionnaire is opened: only the link token's hash is kept. */
export interface OpenedSatisfactionView extends SatisfactionQuestionnaireView {
  token: string;
}

/** What the link shows whoever holds it: no one's answers, only what to answer. */
export interface SatisfactionFormView {
  /** So that a browser remembers it answered this year's questionnaire, even under a renewed link. */
  spaceId: string;
  spaceName: string;
  year: number;
  questions: SatisfactionQuestion[];
}

export interface SatisfactionQuestionResult {
  question: SatisfactionQuestion;
  /** How many answered it (not "sans avis"); said even when the figures are withheld. */
  answers: number;
  /** Null below `SATISFACTION_MIN_ANSWERS` answers. `distribution[0]` counts the 1s, `distribution[4]` the 5s. */
  figures: { distribution: number[]; mean: number } | null;
}

export interface SatisfactionResults {
  respondents: number;
  questions: SatisfactionQuestionResult[];
  /**
   * The comments, sorted alphabetically so that their order says nothing of who answered when; null below
   * `SATISFACTION_MIN_ANSWERS` respondents.
   */
  comments: string[] | null;
}

/** A year's results, as the facilitator, the partners and the bilan see them. */
export interface SatisfactionReport extends SatisfactionResults {
  year: number;
  closedAt: number | null;
}

/** Per question: how many answered, and once there are enough, how the notes spread and their mean (one decimal). */
export function aggregateSatisfaction(
  questions: readonly SatisfactionQuestion[],
  answers: readonly Pick<SatisfactionAnswer, "scores" | "comment">[],
): SatisfactionResults {
  const enough = (count: number) => count >= SATISFACTION_MIN_ANSWERS;
  const comments = answers
    .map((answer) => answer.comment)
    .filter((comment) => comment !== "")
    .toSorted((a, b) => a.localeCompare(b, "fr"));
  return {
    respondents: answers.length,
    questions: questions.map((question) => {
      const scores = answers.flatMap((answer) => answer.scores[question] ?? []);
      const distribution = SATISFACTION_SCORES.map((score) => scores.filter((given) => given === score).length);
      const mean = Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10;
      return { question, answers: scores.length, figures: enough(scores.length) ? { distribution, mean } : null };
    }),
    comments: enough(answers.length) ? comments : null,
  };
}
