import { type IssueLike, problemOf, wordProblem } from "@atelier/shared";
import { refusalWords } from "../i18n/refusal-words.ts";

/** A shared schema's refusal in the interface's language: the schemas give codes, the dictionaries word them. */
export function issueText(issue: IssueLike): string {
  return wordProblem(refusalWords.problems, problemOf(issue));
}
