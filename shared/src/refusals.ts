import { FRENCH_REFUSALS } from "./french-refusals.ts";

/**
 * Why the server refuses a request, as a stable code: sent as `code` beside the French `error` (and the `params` its
 * wording quotes), each interface words it in its language.
 */
export type RefusalCode = keyof typeof FRENCH_REFUSALS;

/** What a refusal's wording quotes of the request or of the space. */
export interface RefusalParams {
  /** A card's kind; the place an import's line is about ("epci", "commune"). */
  kind?: string;
  name?: string;
  theme?: string;
  label?: string;
  insee?: string;
  method?: string;
  path?: string;
  ids?: readonly string[];
  /** The years a refusal is about, in order. */
  years?: readonly number[];
  index?: number;
  count?: number;
  maximum?: number;
  bytes?: number;
  year?: number;
  start?: number;
  end?: number;
  /** A file's line, and the line an earlier one like it was on. */
  line?: number;
  first?: number;
  /** A file's column, and the text of its cell. */
  column?: string;
  value?: string;
  /** Whether the refused line had a reference date. */
  dated?: boolean;
  /** A board's card or cluster and its field; an import's column chosen for the territory, the date or a figure. */
  id?: string;
  field?: string;
  /** What the request's refused fields were, worded already (the reader's language replaces it where it can). */
  detail?: string;
}

export type RefusalWording = string | ((params: RefusalParams) => string);

/** A language's wording of every refusal: TypeScript holds each dictionary to every code. */
export type RefusalWords = Readonly<Record<RefusalCode, RefusalWording>>;

export const FRENCH_REFUSAL_WORDS: RefusalWords = FRENCH_REFUSALS;

export interface Refusal {
  code: RefusalCode;
  params: RefusalParams;
}

export function wordRefusal(words: RefusalWords, { code, params }: Refusal): string {
  const wording = words[code];
  return typeof wording === "string" ? wording : wording(params);
}

export const frenchRefusal = (code: RefusalCode, params: RefusalParams = {}) =>
  wordRefusal(FRENCH_REFUSAL_WORDS, { code, params });

const isRefusalCode = (code: unknown): code is RefusalCode =>
  typeof code === "string" && Object.hasOwn(FRENCH_REFUSALS, code);

/** Marks a param's place in a wording, so that a text can be read back into its params. */
const SLOT = /\uE000(\w+)\uE001/;
const slot = (key: string) => `\uE000${key}\uE001`;
const NUMBER_PARAMS = new Set(["index", "count", "maximum", "bytes", "year", "start", "end", "line", "first"]);
/** The params that are lists, which a wording quotes joined by ", ". */
const LIST_PARAMS = new Set(["ids", "years"]);

/** Every param as its slot: a wording given these shows where it quotes each. */
const SLOTTED = new Proxy({} as RefusalParams, {
  get: (_, key) => (typeof key !== "string" ? undefined : LIST_PARAMS.has(key) ? [slot(key)] : slot(key)),
});

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A wording as a pattern capturing each param it quotes, with the params' names in order; none for a wording that
 * is a param alone or quotes an already worded `detail` (French text a reader could not word in their language).
 */
function patternOf(code: RefusalCode): { pattern: RegExp; keys: string[] } | null {
  const wording = FRENCH_REFUSALS[code];
  if (typeof wording === "string") return null;
  const parts = (wording as (params: RefusalParams) => string)(SLOTTED).split(SLOT);
  const literals = parts.filter((_, index) => index % 2 === 0);
  const keys = parts.filter((_, index) => index % 2 === 1);
  if (keys.length === 0 || keys.includes("detail") || literals.join("") === "") return null;
  return { pattern: new RegExp(`^${literals.map(escaped).join("([\\s\\S]*?)")}$`), keys };
}

let patterns: { code: RefusalCode; pattern: RegExp; keys: string[] }[] | undefined;

function paramsIn(text: string, pattern: RegExp, keys: string[]): RefusalParams | null {
  const found = pattern.exec(text);
  if (!found) return null;
  const params: Record<string, unknown> = {};
  for (const [index, key] of keys.entries()) {
    const value = found[index + 1] ?? "";
    if (key === "years") params[key] = value.split(", ").map(Number);
    else params[key] = NUMBER_PARAMS.has(key) ? Number(value) : LIST_PARAMS.has(key) ? value.split(", ") : value;
  }
  return params as RefusalParams;
}

/**
 * The refusal whose French wording a text is, for refusals sent as their text alone (a WebSocket's close reason):
 * a wording that quotes params is read back into them, and holds only if wording them again gives the same text.
 */
export function refusalWorded(text: string): Refusal | null {
  const plain = (Object.keys(FRENCH_REFUSALS) as RefusalCode[]).find((code) => FRENCH_REFUSALS[code] === text);
  if (plain) return { code: plain, params: {} };
  patterns ??= (Object.keys(FRENCH_REFUSALS) as RefusalCode[]).flatMap((code) => {
    const found = patternOf(code);
    return found ? [{ code, ...found }] : [];
  });
  for (const { code, pattern, keys } of patterns) {
    const params = paramsIn(text, pattern, keys);
    if (params && frenchRefusal(code, params) === text) return { code, params };
  }
  return null;
}

/** The refusal of a response's JSON body, when it names a known code (null for any other body). */
export function refusalIn(body: unknown): Refusal | null {
  const { code, params } = (body ?? {}) as { code?: unknown; params?: unknown };
  if (!isRefusalCode(code)) return null;
  return { code, params: typeof params === "object" && params !== null ? (params as RefusalParams) : {} };
}
