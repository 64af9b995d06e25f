import type { IssueLike } from "@atelier/shared";
import { issueText } from "../forms/issue-text.ts";
import { locale } from "../i18n/text.ts";

/** What a shared schema's `safeParse` answers, without naming zod (the client reaches it through @atelier/shared). */
export type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: readonly IssueLike[] } };

/** Why a value is refused, in the interface's language, to show next to the field; null when the value is valid. */
export function refusal(result: Parsed<unknown>): string | null {
  const issue = result.success ? undefined : result.error.issues[0];
  return issue ? issueText(issue) : null;
}

/**
 * A number as French people type it: "12 500", "12500,50", "1 200 €". Empty text is null (no value); text that is
 * not a number is NaN, which the schemas refuse with their own message.
 */
export function parseFrenchNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  return compact === "" ? null : Number(compact);
}

/** The way a number is shown back in a field: grouped, with a decimal comma. */
export function formatNumber(value: number | null): string {
  return value === null ? "" : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
