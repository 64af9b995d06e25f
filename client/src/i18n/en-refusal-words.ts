import { ENGLISH_PROBLEM_WORDS } from "./en-problems.ts";
import { ENGLISH_REFUSAL_WORDS } from "./en-refusals.ts";
import type { RefusalDictionary } from "./refusal-words.ts";

export const englishRefusalWords: RefusalDictionary = {
  problems: ENGLISH_PROBLEM_WORDS,
  refusals: ENGLISH_REFUSAL_WORDS,
};
