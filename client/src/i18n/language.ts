import { readStored, writeStored } from "../access/local-storage.ts";

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Also read by the build's index.html, to fetch the right dictionary early (client/build/page-preloads.ts). */
export const LANGUAGE_STORAGE_KEY = "atelier:langue";

/** Each language named in itself, so that its readers recognise it on the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { fr: "Français", en: "English" };

function isLanguage(value: string | null): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/**
 * French unless this browser chose English: Caf and local-authority staff work in French first. The build's inline
 * script applies the same rule to preload the dictionary (client/build/page-preloads.ts): change both together.
 */
export function chosenLanguage(): Language {
  const stored = readStored(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : "fr";
}

/**
 * The whole interface is rendered from one dictionary picked at start-up, so switching reloads the page;
 * shared documents are kept by the server and the page reconnects to them.
 */
export function switchLanguage(language: Language): void {
  writeStored(LANGUAGE_STORAGE_KEY, language);
  window.location.reload();
}
