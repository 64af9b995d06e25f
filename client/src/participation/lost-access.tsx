import { fr } from "../i18n/fr.ts";

/** The server refused or cut the connection: most often the facilitator revoked the link, or it expired. */
export function LostAccess({ reason }: { reason: string }) {
  return (
    <div className="alert alert--error" role="alert">
      <h2>{fr.participation.lostAccessTitle}</h2>
      <p>{fr.participation.lostAccess(reason)}</p>
    </div>
  );
}
