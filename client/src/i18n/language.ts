import { readStored, writeStored } from "../access/local-storage.ts";

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "atelier:langue";

function isLanguage(value: string | null): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** French unless this browser chose English: Caf and local-authority staff work in French first. */
export function chosenLanguage(): Language {
  const stored = readStored(STORAGE_KEY);
  return isLanguage(stored) ? stored : "fr";
}

/**
 * The whole interface is rendered from one dictionary picked at start-up, so switching reloads the page;
 * shared documents are kept by the server and the page reconnects to them.
 */
export function switchLanguage(language: Language): void {
  writeStored(STORAGE_KEY, language);
  window.location.reload();
}
