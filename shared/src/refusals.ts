import { FRENCH_REFUSALS } from "./french-refusals.ts";

/**
 * Why the server refuses a request, as a stable code: sent as `code` beside the French `error` (and the `params` its
 * wording quotes), each interface words it in its language.
 */
export type RefusalCode = keyof typeof FRENCH_REFUSALS;

/** What a refusal's wording quotes of the request or of the space. */
export interface RefusalParams {
  kind?: string;
  name?: string;
  theme?: string;
  label?: string;
  insee?: string;
  method?: string;
  path?: string;
  ids?: readonly string[];
  index?: number;
  count?: number;
  maximum?: number;
  bytes?: number;
  year?: number;
  start?: number;
  end?: number;
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

/**
 * The code whose French wording a text is, for refusals sent as their text alone (a WebSocket's close reason):
 * wordings that quote nothing only.
 */
export function refusalWorded(text: string): RefusalCode | null {
  return (Object.keys(FRENCH_REFUSALS) as RefusalCode[]).find((code) => FRENCH_REFUSALS[code] === text) ?? null;
}

/** The refusal of a response's JSON body, when it names a known code (null for any other body). */
export function refusalIn(body: unknown): Refusal | null {
  const { code, params } = (body ?? {}) as { code?: unknown; params?: unknown };
  if (!isRefusalCode(code)) return null;
  return { code, params: typeof params === "object" && params !== null ? (params as RefusalParams) : {} };
}
