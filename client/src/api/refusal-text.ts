import { describeProblems, fieldProblemsIn, refusalIn, refusalWorded, wordRefusal } from "@atelier/shared";
import { refusalWords } from "../i18n/refusal-words.ts";

/**
 * A refused body in the reader's language, from its code and its refused fields (which detail the code's wording
 * when it has one); the server's French `error` for a code this client does not know.
 */
export function refusalText(payload: unknown): string | null {
  const refusal = refusalIn(payload);
  const problems = fieldProblemsIn(payload);
  const detail = problems && describeProblems(refusalWords.problems, problems);
  if (refusal)
    return wordRefusal(refusalWords.refusals, detail ? { ...refusal, params: { ...refusal.params, detail } } : refusal);
  if (detail) return detail;
  const error = (payload as { error?: unknown } | null | undefined)?.error;
  return typeof error === "string" ? error : null;
}

/** A connection's close reason, French text alone: a known refusal's is worded again in the reader's language. */
export function closeReasonText(reason: string): string {
  const refusal = refusalWorded(reason);
  return refusal ? wordRefusal(refusalWords.refusals, refusal) : reason;
}
