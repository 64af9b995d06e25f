import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { switchLanguage } from "./language.ts";
import { language } from "./text.ts";

/** Offers the other language, named in that language so that its readers recognise it. */
export function LanguageSwitch() {
  const other = language === "fr" ? "en" : "fr";
  const name = (other === "en" ? en : fr).app.languageName;
  return (
    <button type="button" className="topbar__language" lang={other} onClick={() => switchLanguage(other)}>
      {name}
    </button>
  );
}
