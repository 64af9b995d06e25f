import type { CreatedInvitationView } from "@atelier/shared";
import { useEffect, useId, useRef, useState } from "react";
import { invitationLink } from "../../access/invitation-link.ts";
import { t } from "../../i18n/text.ts";
import { LinkToShare } from "./link-to-share.tsx";
import { ProjectorView } from "./projector-view.tsx";

interface NewInvitationLinkProps {
  invitation: CreatedInvitationView;
  onDismiss: () => void;
}

/** The only moment the link exists in full: the server keeps just a hash of its token. Mount one per invitation. */
export function NewInvitationLink({ invitation, onDismiss }: NewInvitationLinkProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [projecting, setProjecting] = useState(false);
  const link = invitationLink(invitation.token, invitation.role);

  useEffect(() => {
    // Whoever submitted the form learns at once that the link is there, keyboard and screen reader included.
    heading.current?.focus();
  }, []);

  return (
    <section className="panel invite-link" aria-labelledby={`${id}-title`}>
      <h3 ref={heading} id={`${id}-title`} tabIndex={-1}>
        {t.invitations.createdTitle(invitation.label)}
      </h3>
      <p>{t.invitations.createdBody}</p>
      <LinkToShare link={link} words={t.invitations} qrAlt={t.invitations.qrAlt(invitation.label)} />
      <div className="actions">
        <button type="button" className="button" onClick={() => setProjecting(true)}>
          {t.invitations.project}
        </button>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t.invitations.dismiss}
        </button>
      </div>
      {projecting && <ProjectorView link={link} label={invitation.label} onClose={() => setProjecting(false)} />}
    </section>
  );
}
