/** Shared geometry of the horizontal bar charts: a fixed drawing width, scaled to the figure by the viewBox. */
export const CHART_WIDTH = 640;
export const LABEL_WIDTH = 220;
/** Room kept on the right of the bars for their value. */
const VALUE_WIDTH = 96;
/** Room for a label on two lines, clear of the next row's. */
export const ROW_HEIGHT = 40;
export const BAR_HEIGHT = 20;
export const BAR_AREA = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
/** From one line of a label to the next. */
export const LINE_HEIGHT = 15;

/** About what fits left of the bars at 14px, with some margin for wide letters. */
const LINE_CHARS = 28;
const ellipsis = (line: string) => `${line.slice(0, LINE_CHARS - 1).trimEnd()}…`;
const longest = (lines: readonly string[]) => Math.max(...lines.map((line) => line.length));

/**
 * A label on one line or, split between words, on two of even length: most names of axes, themes and indicators
 * show whole. A longer one is cut, and says so, for the drawing to give it whole some other way.
 */
export function labelLines(label: string): { lines: string[]; cut: boolean } {
  const words = label.split(/\s+/).filter(Boolean);
  const whole = words.join(" ");
  if (whole.length <= LINE_CHARS) return { lines: [whole], cut: false };
  const breaks = words
    .slice(1)
    .map((_, index) => [words.slice(0, index + 1).join(" "), words.slice(index + 1).join(" ")] as const);
  const [even] = breaks.filter((lines) => longest(lines) <= LINE_CHARS).toSorted((a, b) => longest(a) - longest(b));
  if (even) return { lines: [...even], cut: false };
  // Too long for two lines: the first as full as it gets, the rest cut.
  const [first, rest] = breaks.findLast(([line]) => line.length <= LINE_CHARS) ?? [whole, ""];
  return { lines: [first.length > LINE_CHARS ? ellipsis(first) : first, ...(rest ? [ellipsis(rest)] : [])], cut: true };
}
