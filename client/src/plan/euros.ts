import { euroDigits, formatEuros } from "@atelier/shared";
import { locale } from "../i18n/text.ts";

/** An amount in euros as the interface's language writes it, cents shown when there are some. */
export function euros(amount: number): string {
  return formatEuros(amount, locale);
}

/** An amount as a field shows it back for editing: grouped, its cents written out when it has some ("15 000,50"). */
export function eurosInput(amount: number): string {
  return new Intl.NumberFormat(locale, euroDigits(amount)).format(amount);
}
