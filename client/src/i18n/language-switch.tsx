import { LANGUAGE_NAMES, switchLanguage } from "./language.ts";
import { language } from "./text.ts";

/** Offers the other language, named in that language so that its readers recognise it. */
export function LanguageSwitch() {
  const other = language === "fr" ? "en" : "fr";
  return (
    <button type="button" className="topbar__language" lang={other} onClick={() => switchLanguage(other)}>
      {LANGUAGE_NAMES[other]}
    </button>
  );
}
