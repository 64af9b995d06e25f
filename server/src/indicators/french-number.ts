/** French figures: "42,5", "4 077", "42 %" are numbers; a blank cell is no value; anything else is kept as it is. */
export function numberOf(cell: unknown): number | null | string {
  if (typeof cell === "number") return cell;
  const text = String(cell ?? "")
    .replace(/[\s\u00a0\u202f%]/g, "")
    .replace(",", ".");
  if (text === "") return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : String(cell);
}

/**
 * How the Caf and the Insee mark a figure kept secret (too few people to publish it) or not available: such a cell
 * is no value, like a blank one, and is counted as such.
 */
const SECRET_MARKS = new Set([
  "s",
  "secret",
  "c",
  "nc",
  "n.c.",
  "n.c",
  "nd",
  "n.d.",
  "n.d",
  "na",
  "n.a.",
  "ns",
  "x",
  "*",
]);
const DASHES = /^[-\u2010-\u2015.…/]+$/;

function isSecretMark(text: string): boolean {
  const mark = text.trim().toLowerCase();
  return SECRET_MARKS.has(mark) || DASHES.test(mark);
}

/** A figure of an open-data file: a number, no value (blank or secret), or the text of a cell that is no number. */
export type OpenDataCell = { value: number } | { blank: true } | { text: string };

export function openDataCell(cell: unknown): OpenDataCell {
  const number = numberOf(cell);
  if (typeof number === "number") return { value: number };
  if (number === null || isSecretMark(number)) return { blank: true };
  return { text: number };
}
