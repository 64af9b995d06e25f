import type { ProblemWords, RefusalWords } from "@atelier/shared";
import { inLanguage } from "./text.ts";

/** Why a shared schema refuses a value, and why the server refuses a request. */
export interface RefusalDictionary {
  problems: ProblemWords;
  refusals: RefusalWords;
}

/**
 * The refusals' words in the chosen language, apart from the dictionary: they weigh as much as a phone page's other
 * words, and a phone page needs them only once something is refused (it loads the modules reading them then).
 */
export const refusalWords: RefusalDictionary = await inLanguage(
  async () => (await import("./en-refusal-words.ts")).englishRefusalWords,
  async () => (await import("./fr-refusal-words.ts")).frenchRefusalWords,
);
