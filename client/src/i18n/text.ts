import type { Messages } from "./fr.ts";
import type { PhoneMessages } from "./fr-phone.ts";
import { withFrenchSpacing } from "./french-spacing.ts";
import { chosenLanguage } from "./language.ts";

export const language = chosenLanguage();

/**
 * The phone pages' words standing for the whole dictionary, in the phones' build: its pages read no other section,
 * and reading one all the same fails at once, saying which.
 */
function phoneWordsOnly(words: PhoneMessages): Messages {
  return new Proxy(words, {
    get(target, section) {
      // "then" is asked by the promise that hands the dictionary over, to see whether it is a promise itself.
      if (typeof section === "string" && section !== "then" && !Object.hasOwn(target, section)) {
        throw new Error(
          `The phones' build has no words for "${section}": move that section to fr-phone.ts and en-phone.ts.`,
        );
      }
      return Reflect.get(target, section);
    },
  }) as Messages;
}

/** The words of the chosen language, the French ones with their no-break spaces. */
export async function inLanguage<T>(english: () => Promise<T>, french: () => Promise<T>): Promise<T> {
  return language === "en" ? english() : withFrenchSpacing(await french());
}

async function dictionary(): Promise<Messages> {
  // The phones' build (build/phone-build.ts); written out here so that the build leaves the other branch out.
  if (import.meta.env.MODE === "phone") {
    return phoneWordsOnly(
      await inLanguage(
        async () => (await import("./en-phone.ts")).enPhone,
        async () => (await import("./fr-phone.ts")).frPhone,
      ),
    );
  }
  return inLanguage(
    async () => (await import("./en.ts")).en,
    async () => (await import("./fr.ts")).fr,
  );
}

/**
 * The interface's text in the chosen language. Only that language's dictionary is downloaded (a phone on a slow
 * network saves the other's 20 KB), and on the phone pages only their words; every module reading `t` waits for it,
 * so no page renders before its words.
 */
export const t: Messages = await dictionary();

/** Dates and numbers follow the interface's language; amounts stay in euros. */
export const locale = language === "en" ? "en-GB" : "fr-FR";
