import type { BoardView, InvitationView } from "@atelier/shared";
import { useRef, useState } from "react";
import { t } from "../../i18n/text.ts";
import { InvitationItem } from "./invitation-item.tsx";
import type { InvitationsState } from "./use-invitations.ts";

interface InvitationListProps {
  state: InvitationsState;
  boards: BoardView[];
  onRevoke: (invitationId: string) => Promise<void>;
}

export function InvitationList({ state, boards, onRevoke }: InvitationListProps) {
  const [announcement, setAnnouncement] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);

  async function revoke(invitation: InvitationView) {
    await onRevoke(invitation.id);
    setAnnouncement(t.invitations.revoked(invitation.label));
    // The button that had the focus is gone with the link's revocation.
    heading.current?.focus();
  }

  return (
    <section className="invitation-list" aria-labelledby="invitation-list-title">
      <h3 ref={heading} id="invitation-list-title" tabIndex={-1}>
        {t.invitations.listTitle}
      </h3>
      {state.status === "loading" && <p className="muted">{t.invitations.listLoading}</p>}
      {state.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" &&
        (state.invitations.length === 0 ? (
          <p className="muted">{t.invitations.listEmpty}</p>
        ) : (
          <ul className="invitation-list__items">
            {state.invitations.map((invitation) => (
              <InvitationItem key={invitation.id} invitation={invitation} boards={boards} onRevoke={revoke} />
            ))}
          </ul>
        ))}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
