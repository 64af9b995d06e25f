import { type IssueLike, problemOf, wordProblem } from "@atelier/shared";
import { t } from "../i18n/text.ts";

/** A shared schema's refusal in the interface's language: the schemas give codes, the dictionaries word them. */
export function issueText(issue: IssueLike): string {
  return wordProblem(t.problems, problemOf(issue));
}
