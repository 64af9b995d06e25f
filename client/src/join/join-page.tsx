import { useEffect, useState } from "react";
import { forgetInvitationInAddress, invitationInAddress } from "../access/invitation-link.ts";
import { t } from "../i18n/text.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { JoinForm } from "./join-form.tsx";
import "./join.css";

/** Where invitation links and QR codes land: the visitor picks a name, and gets a personal access on this device. */
export function JoinPage() {
  useDocumentTitle(t.join.title);
  // Read, then out of the address bar: the page keeps the token in memory only until it is traded.
  const [invitation, setInvitation] = useState(invitationInAddress);
  useEffect(() => {
    if (invitation) forgetInvitationInAddress();
  }, [invitation]);
  useEffect(() => {
    // A link pasted into the address bar of this open page only changes the fragment.
    const onHashChange = () => setInvitation((current) => invitationInAddress() ?? current);
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);

  if (!invitation) {
    return (
      <PageMessage tone="error" title={t.join.missingTitle}>
        <p>{t.join.missing}</p>
      </PageMessage>
    );
  }
  const { roleHint } = invitation;
  return (
    <div className="page join">
      <section className="panel join__card" aria-labelledby="join-title">
        <h1 id="join-title">{t.join.title}</h1>
        <p className="lead">{roleHint ? t.join.invitedAs[roleHint] : t.join.invited}</p>
        {roleHint && (
          <ul className="checklist">
            {t.join.abilities[roleHint].map((ability) => (
              <li key={ability}>{ability}</li>
            ))}
          </ul>
        )}
        <JoinForm key={invitation.token} invitation={invitation} />
      </section>
    </div>
  );
}
