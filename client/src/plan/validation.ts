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
 * A figure shown in a table or a chart, rounded to hundredths: a field shows its value with `writeNumber`
 * (forms/number-text.ts) instead, every decimal written so that it reads back the same.
 */
export function formatNumber(value: number | null): string {
  return value === null ? "" : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
