import { formatFigure as formatFigureIn } from "@atelier/shared";
import { locale, t } from "../i18n/text.ts";

const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" });

/** A figure in the interface's language: "4 077", "42 %" in French; "4,077", "42%" in English. */
export function formatFigure(value: number | null, unit: string): string {
  return formatFigureIn(value, unit, locale);
}

/** A gap as the room reads it aloud: "+13 pts", "-3 pts", "0 pt"; in the unit itself when it is not a percentage. */
export function formatGap(gap: number, unit: string): string {
  const number = signed.format(gap);
  if (unit === "%") return `${number} ${t.indicators.points(gap)}`;
  return unit ? `${number} ${unit}` : number;
}

/**
 * A text whose figures never part at the end of a line, neither inside ("20 391") nor from their unit ("30 %",
 * "391 habitants"), as French typography wants: every space after a digit becomes a no-break space.
 */
export function keepFiguresWhole(text: string): string {
  return text.replace(/(\d) (?=\S)/g, "$1\u00a0");
}
