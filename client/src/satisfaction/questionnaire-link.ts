import { readStored, writeStored } from "../access/local-storage.ts";
import { questionnairePath } from "../routes.ts";

const TOKEN_PARAM = "questionnaire";

/**
 * The token travels in the fragment, as invitations' do: browsers send it neither to the server nor in a Referer.
 * It stays in the address: every partner gets the same link, and a reload must not lose it.
 */
export function questionnaireLink(token: string): string {
  return `${window.location.origin}${questionnairePath}#${new URLSearchParams({ [TOKEN_PARAM]: token })}`;
}

export function questionnaireTokenInAddress(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get(TOKEN_PARAM) || null;
}

/** Keyed by space and year rather than by link, so that a renewed link does not ask this browser again. */
const answeredKey = (spaceId: string, year: number) => `atelier:satisfaction:${spaceId}:${year}`;

export const hasAnswered = (spaceId: string, year: number) => readStored(answeredKey(spaceId, year)) !== null;

export const rememberAnswered = (spaceId: string, year: number) => writeStored(answeredKey(spaceId, year), "1");
