import type { Page } from "playwright-core";
import { en } from "../../client/src/i18n/en.ts";
import { fr } from "../../client/src/i18n/fr.ts";
import { withFrenchSpacing } from "../../client/src/i18n/french-spacing.ts";
import { seriousAccessibilityViolations } from "./accessibility.ts";

/** Shorter texts ("Oui", "Axe") are too ambiguous to tell a dictionary string from a word of French data. */
const SHORTEST_TEXT = 4;
/** A composed text is recognised by its fixed parts; shorter parts (" sur ", " du ") would match French data. */
const SHORTEST_PART = 8;

/** Stands for each argument of a composed text, so that its fixed parts can be told from what it is given. */
const ARGUMENT = "\u0001";

/** One space for any run of spaces, no-break ones included: pages and dictionaries compare as a reader sees them. */
function plain(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/** The fixed parts of a composed text (a function of the dictionary), or of a plain one. */
function fixedParts(message: unknown): string[] {
  if (typeof message === "string") return [plain(message)];
  if (typeof message !== "function") return [];
  let composed: unknown;
  try {
    composed = message(...Array.from({ length: Math.max(message.length, 1) }, () => ARGUMENT));
  } catch {
    return [];
  }
  if (typeof composed !== "string") return [];
  // An argument the text formats as a number or reads a field of leaves NaN or undefined: not fixed text.
  return composed
    .split(ARGUMENT)
    .map(plain)
    .filter((part) => part.length >= SHORTEST_PART && !/NaN|undefined|\[object/.test(part));
}

/** The French dictionary's texts whose English counterpart differs: any of them on an English screen is a bug. */
function frenchOnlyTexts(french: unknown, english: unknown, key: string, found: Map<string, string>): void {
  if (typeof french === "string" || typeof french === "function") {
    const englishParts = new Set(fixedParts(english));
    const longEnough = typeof french === "string" ? SHORTEST_TEXT : SHORTEST_PART;
    for (const part of fixedParts(french)) {
      if (part.length >= longEnough && !englishParts.has(part) && !found.has(part)) found.set(part, key);
    }
    return;
  }
  if (french && typeof french === "object") {
    const other = (english && typeof english === "object" ? english : {}) as Record<string, unknown>;
    for (const [name, value] of Object.entries(french)) frenchOnlyTexts(value, other[name], `${key}.${name}`, found);
  }
}

/** Every fixed text of a dictionary, whatever its key. */
function allFixedParts(messages: unknown): string[] {
  if (messages && typeof messages === "object") return Object.values(messages).flatMap(allFixedParts);
  return fixedParts(messages);
}

function wholeWords(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");
}

/**
 * Each French-only text of the dictionary, with its key, as a whole-word pattern. A text the English dictionary
 * uses too ("COPIL", "Participants", "Convention") is English as well: no evidence of French.
 */
const FRENCH_ONLY = (() => {
  const found = new Map<string, string>();
  frenchOnlyTexts(withFrenchSpacing(fr), en, "", found);
  const english = allFixedParts(en).join("\n");
  return [...found]
    .map(([text, key]) => ({ text, key: key.slice(1), pattern: wholeWords(text) }))
    .filter(({ pattern }) => !pattern.test(english));
})();

/** How many French-only texts the check looks for: a dictionary read wrong would leave almost none. */
export const frenchOnlyTextCount = FRENCH_ONLY.length;

/** What the page says to its readers: its visible text, and the labels, titles and placeholders screen readers read. */
export function textsOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = ["aria-label", "title", "placeholder", "alt", "aria-roledescription", "aria-valuetext"];
    const labelled = Array.from(document.querySelectorAll(attributes.map((name) => `[${name}]`).join(",")));
    const said = labelled.flatMap((element) =>
      attributes.map((name) => element.getAttribute(name)).filter((value) => value !== null),
    );
    const options = Array.from(document.querySelectorAll("option"), (option) => option.textContent ?? "");
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, one block a line, hidden parts left out.
    return [document.title, document.body.innerText, ...said, ...options].join("\n");
  });
}

/**
 * The French-only dictionary texts among these lines, as `"text" (key)`; a text inside another one found (a title
 * within a sentence) is left out, so that each mistake is listed once.
 */
export function frenchTextsIn(lines: string[]): string[] {
  const found = FRENCH_ONLY.filter(({ pattern }) => lines.some((line) => pattern.test(line)));
  return found
    .filter(({ text }) => !found.some((other) => other.text !== text && other.text.includes(text)))
    .map(({ text, key }) => `"${text}" (${key})`);
}

/**
 * Numbers, amounts and dates formatted the French way: Intl's fr-FR narrow no-break space between thousands or
 * before « % » and « € » (nobody types it), a day with a French month; French punctuation: a space before the « : »
 * ending a label (inside a sentence it may be French data, truncated or upper-cased), guillemets.
 */
const FRENCH_FORMATS = [
  /[\p{L}\p{N}] [:;?!]\s*$/u,
  /[«»]/u,
  /\d\u202f\d{3}(?!\d)/u,
  /\d\u202f[%€]/u,
  /(?<![\p{L}\p{N}])\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/u,
];

export function frenchFormatsIn(lines: string[]): string[] {
  return lines.filter((line) => FRENCH_FORMATS.some((format) => format.test(line))).map(plain);
}

/** Switches this browser to English from the top bar: the choice is stored, the page reloads in English. */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "English" }).click();
  // The page reloads meanwhile: for a moment it has no document element.
  await page.waitForFunction(() => document.documentElement?.lang === "en");
  await page.getByRole("button", { name: "Français" }).waitFor();
}

/**
 * Walks screens of the English interface and keeps, screen by screen, the French dictionary texts, the French
 * formats and the serious accessibility violations each shows, as lines that say where to look. `frenchData` is
 * French that users wrote (see demoFrenchText), longest first: taken out of the screen's text before looking.
 */
export function englishAudit(frenchData: string[] = []) {
  const problems: string[] = [];
  return {
    async check(page: Page, screen: string): Promise<void> {
      // No-break spaces read as spaces, but for Intl's narrow ones, which tell a French format.
      const lines = (await textsOnScreen(page))
        .split("\n")
        .map((line) =>
          frenchData.reduce((rest, data) => rest.replaceAll(data, " "), line.replace(/[\s\u00a0]+/g, " ")),
        );
      for (const text of frenchTextsIn(lines.map(plain))) problems.push(`${screen}: French text ${text}`);
      for (const line of frenchFormatsIn(lines)) problems.push(`${screen}: French format in "${line}"`);
      for (const violation of await seriousAccessibilityViolations(page)) problems.push(`${screen}: ${violation}`);
    },
    problems: (): string[] => problems,
  };
}
