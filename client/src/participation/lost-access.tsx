import { t } from "../i18n/text.ts";

/** The server refused or cut the connection: most often the facilitator revoked the link, or it expired. */
export function LostAccess({ reason }: { reason: string }) {
  return (
    <div className="alert alert--error" role="alert">
      <h2>{t.participation.lostAccessTitle}</h2>
      <p>{t.participation.lostAccess(reason)}</p>
    </div>
  );
}
