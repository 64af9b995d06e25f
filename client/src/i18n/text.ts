import { en } from "./en.ts";
import { fr, type Messages } from "./fr.ts";
import { withFrenchSpacing } from "./french-spacing.ts";
import { chosenLanguage } from "./language.ts";

export const language = chosenLanguage();

/** The interface's text in the chosen language. */
export const t: Messages = language === "en" ? en : withFrenchSpacing(fr);

/** Dates and numbers follow the interface's language; amounts stay in euros. */
export const locale = language === "en" ? "en-GB" : "fr-FR";
