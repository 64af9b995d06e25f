import type { Messages } from "./fr.ts";
import { withFrenchSpacing } from "./french-spacing.ts";
import { chosenLanguage } from "./language.ts";

export const language = chosenLanguage();

/**
 * The interface's text in the chosen language. Only that language's dictionary is downloaded (a phone on a slow
 * network saves the other's 20 KB); every module reading `t` waits for it, so no page renders before its words.
 */
export const t: Messages =
  language === "en" ? (await import("./en.ts")).en : withFrenchSpacing((await import("./fr.ts")).fr);

/** Dates and numbers follow the interface's language; amounts stay in euros. */
export const locale = language === "en" ? "en-GB" : "fr-FR";
