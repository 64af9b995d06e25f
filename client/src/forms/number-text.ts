import { language, locale, t } from "../i18n/text.ts";

/**
 * Every number field reads and writes its text here, in the interface's language, so that what a field shows reads
 * back to the value it holds: saving a form untouched changes nothing, in English as in French.
 */

/** A number field's text as read: its value (null when left empty), or why it is not a number, in the reader's words. */
export type NumberReading = { ok: true; value: number | null } | { ok: false; error: string };

/**
 * The shapes a number takes in each language, its sign and unit aside. English groups thousands with commas before a
 * decimal point; French with spaces before a decimal comma, a point being read as one too. A space never means
 * anything else, so English accepts it between thousands as well. Groups are of three digits: "1,23" or "12,34,5"
 * could be a mistyped decimal or a mistyped thousand, and are refused rather than guessed; so is a French "125.000",
 * which some write for 125 000.
 */
const SHAPES = {
  en: /^(?<whole>\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d*)(?:\.(?<fraction>\d*))?$/,
  fr: /^(?<whole>\d{1,3}(?: \d{3})+|\d*)(?:(?<mark>[,.])(?<fraction>\d*))?$/,
} as const;

/** Euros or a percentage may be typed with the figure ("1 200 €", "€1,200", "42 %"): the field already says which. */
const UNIT = /^€\s*|\s*[€%]$/g;

/**
 * A number as a reader of the interface's language types it: "125,000" or "1,234.5" in English; "125 000", "4,5" or
 * "4.5" in French (with plain, no-break or narrow no-break spaces). Empty text is no value.
 */
export function readNumber(text: string): NumberReading {
  const trimmed = text.trim().replace(UNIT, "");
  if (trimmed === "") return { ok: true, value: null };
  // Any space a keyboard or a copied figure brings (no-break, narrow no-break) is a space between thousands.
  const spaced = trimmed.replace(/\s/g, " ");
  const negative = /^[-\u2212]/.test(spaced);
  const shape = SHAPES[language].exec(negative ? spaced.slice(1) : spaced);
  const whole = shape?.groups?.whole?.replace(/\D/g, "") ?? "";
  const fraction = shape?.groups?.fraction ?? "";
  const value = Number(`${negative ? "-" : ""}${whole || "0"}.${fraction || "0"}`);
  const pointedThousands = shape?.groups?.mark === "." && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
  if (!shape || whole + fraction === "" || !Number.isFinite(value) || pointedThousands) {
    return { ok: false, error: t.numbers.misread };
  }
  // "-0" is no other number than 0.
  return { ok: true, value: value === 0 ? 0 : value };
}

/** What a schema is given for a field: its number, null when empty, NaN when misread (the reading says why). */
export function readValue(reading: NumberReading): number | null {
  return reading.ok ? reading.value : Number.NaN;
}

/** How a number is written back into a field: "exact" as it was typed; "euros" with its cents when it has some. */
export type NumberStyle = "exact" | "euros";

/** The decimals a number needs to be written exactly: 3.5 has one, 0.125 three, 1e-7 seven. */
function decimalsOf(value: number): number {
  const [mantissa = "", exponent = "0"] = String(Math.abs(value)).split("e");
  const decimals = (mantissa.split(".")[1] ?? "").length - Number(exponent);
  return Math.min(Math.max(decimals, 0), 100);
}

/**
 * A value as a field of the interface's language shows it, grouped ("125,000" / "125 000") and with every decimal it
 * has, so that `readNumber` reads it back to the same value; "euros" writes cents out in full ("15,000.50").
 */
export function writeNumber(value: number | null, style: NumberStyle = "exact"): string {
  if (value === null) return "";
  const decimals = decimalsOf(value);
  const minimum = style === "euros" && decimals > 0 ? 2 : 0;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: minimum,
    maximumFractionDigits: Math.max(decimals, minimum),
  }).format(value);
}
