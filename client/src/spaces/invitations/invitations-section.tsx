import type { CreatedInvitationView, SpaceView } from "@atelier/shared";
import { useRef, useState } from "react";
import { t } from "../../i18n/text.ts";
import { InvitationForm } from "./invitation-form.tsx";
import { InvitationList } from "./invitation-list.tsx";
import { NewInvitationLink } from "./new-invitation-link.tsx";
import type { useInvitations } from "./use-invitations.ts";
import "./invitations.css";

/** Facilitators only: the links that let partners, habitants and observers in, and their revocation. */
export function InvitationsSection({
  space,
  invitations: { state, create, revoke },
}: {
  space: SpaceView;
  invitations: ReturnType<typeof useInvitations>;
}) {
  const [created, setCreated] = useState<CreatedInvitationView | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const boards = space.boards.filter((board) => !board.archived);

  function dismiss() {
    setCreated(null);
    heading.current?.focus();
  }

  return (
    <section className="invitations" aria-labelledby="invitations-title">
      <h2 ref={heading} id="invitations-title" tabIndex={-1}>
        {t.invitations.title}
      </h2>
      <p className="muted">{t.invitations.intro}</p>
      <div className="invitations__create">
        <InvitationForm boards={boards} onCreate={async (input) => setCreated(await create(input))} />
        {created && <NewInvitationLink key={created.id} invitation={created} onDismiss={dismiss} />}
      </div>
      <InvitationList state={state} boards={space.boards} onRevoke={revoke} />
    </section>
  );
}
