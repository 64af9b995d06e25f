import { formatEuros } from "@atelier/shared";
import { locale } from "../i18n/text.ts";

/** An amount in euros as the interface's language writes it, cents shown when there are some. */
export function euros(amount: number): string {
  return formatEuros(amount, locale);
}
