import { FRENCH_PROBLEM_WORDS, FRENCH_REFUSAL_WORDS } from "@atelier/shared";
import type { RefusalDictionary } from "./refusal-words.ts";

/** The French wording is the HTTP API's own. */
export const frenchRefusalWords: RefusalDictionary = { problems: FRENCH_PROBLEM_WORDS, refusals: FRENCH_REFUSAL_WORDS };
