import { FACILITATOR_SECRET_PARAM as ACCESS_PARAM, FACILITATOR_STORAGE_PREFIX } from "./access-names.ts";
import { readStored, writeStored } from "./local-storage.ts";

const storageKey = (spaceId: string) => `${FACILITATOR_STORAGE_PREFIX}${spaceId}`;

export function storedFacilitatorSecret(spaceId: string): string | null {
  return readStored(storageKey(spaceId));
}

export function storeFacilitatorSecret(spaceId: string, secret: string): void {
  writeStored(storageKey(spaceId), secret);
}

/** The secret travels in the fragment so that it never reaches a server log or a Referer header. */
export function facilitatorLink(spaceUrl: string, secret: string): string {
  return `${spaceUrl}#${ACCESS_PARAM}=${encodeURIComponent(secret)}`;
}

/**
 * Keeps the secret of a facilitator link opened in this browser, then removes it from the address bar so that it
 * does not linger in the history, in screenshots or in a link copied from there.
 */
export function claimSecretFromAddress(spaceId: string): void {
  const secret = new URLSearchParams(window.location.hash.slice(1)).get(ACCESS_PARAM);
  if (!secret) return;
  storeFacilitatorSecret(spaceId, secret);
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
}
