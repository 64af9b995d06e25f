import { t } from "../i18n/text.ts";

/** What joining keeps about a habitant, said before they give anything (RGPD: information at collection). */
export function PrivacyNotice() {
  return (
    <section className="notice notice--info join__privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t.join.privacyTitle}</h2>
      <ul className="checklist">
        {t.join.privacy.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
