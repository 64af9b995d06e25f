import type { InvitedRole, JoinKey, JoinPreview } from "@atelier/shared";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import {
  forgetInvitationInAddress,
  forgetKeptInvitation,
  invitationInAddress,
  keepInvitation,
  keptInvitation,
} from "../access/invitation-link.ts";
import { t } from "../i18n/text.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { ClosedLink } from "./closed-link.tsx";
import { JoinForm } from "./join-form.tsx";
import { useLinkCheck } from "./use-link-check.ts";
import "./join.css";

/** Where invitation links and QR codes land: the visitor picks a name, and gets a personal access on this device. */
export function JoinPage() {
  useDocumentTitle(t.join.title);
  // Read, then out of the address bar and kept for this tab only, until it is traded or refused: a reload (the
  // language switch, a phone waking a background tab) finds it there.
  const [invitation, setInvitation] = useState(() => invitationInAddress() ?? keptInvitation());
  useEffect(() => {
    if (!invitation) return;
    keepInvitation(invitation);
    forgetInvitationInAddress();
  }, [invitation]);
  // One object per link, so that the link is checked once (useLinkCheck compares keys by identity).
  const joinKey = useMemo(() => invitation && { token: invitation.token }, [invitation]);
  useEffect(() => {
    // A link pasted into the address bar of this open page only changes the fragment.
    const onHashChange = () => setInvitation((current) => invitationInAddress() ?? current);
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);

  if (!invitation || !joinKey) {
    return (
      <PageMessage tone="error" title={t.join.missingTitle}>
        <p>{t.join.missing}</p>
      </PageMessage>
    );
  }
  return (
    <InvitationJoin
      key={invitation.token}
      joinKey={joinKey}
      roleHint={invitation.roleHint}
      onSettled={forgetKeptInvitation}
    />
  );
}

interface InvitationJoinProps {
  /** The same object while the link or code is the same. */
  joinKey: JoinKey;
  roleHint: InvitedRole | null;
  /** Under a dead link or code: what to do next. */
  closedAdvice?: ReactNode;
  /** Once the link or code has let the person in, or turned out dead: nothing more will be done with it. */
  onSettled?: () => void;
}

/**
 * The link (or the code standing for it) is checked first: the page names where it leads, or says at once that it
 * leads nowhere.
 */
export function InvitationJoin({ joinKey, roleHint, closedAdvice, onSettled }: InvitationJoinProps) {
  const check = useLinkCheck(joinKey);
  const closed = check.state === "closed";
  useEffect(() => {
    if (closed) onSettled?.();
  }, [closed, onSettled]);
  // The server's answer, once known, is the role; the address's hint only fills the wait.
  const role = check.state === "open" ? check.preview.role : roleHint;
  return (
    <div className="page join">
      <section className="panel join__card" aria-labelledby="join-title">
        <h1 id="join-title">{t.join.title}</h1>
        {/* The title's acronym, said plainly to a habitant, right under it; partners work with it every day. */}
        {role === "habitant" && !closed && <p className="join__ctg">{t.join.ctgExplained}</p>}
        {check.state === "checking" && (
          <p className="lead" role="status">
            {t.boardDetails.join.checking}
          </p>
        )}
        {check.state === "closed" && <ClosedLink reason={check.reason} joinKey={joinKey} advice={closedAdvice} />}
        {check.state === "open" && <Destination preview={check.preview} />}
        {check.state === "unknown" && <p className="lead">{role ? t.join.invitedAs[role] : t.join.invited}</p>}
        {(check.state === "open" || check.state === "unknown") && (
          <>
            <JoinForm joinKey={joinKey} role={role} closedAdvice={closedAdvice} onSettled={onSettled} />
            {role && (
              <ul className="checklist">
                {t.join.abilities[role].map((ability) => (
                  <li key={ability}>{ability}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </div>
  );
}

function Destination({ preview }: { preview: JoinPreview }) {
  const themes = preview.boards.map((board) => board.theme);
  return (
    <>
      <p className="lead">{t.boardDetails.join.joining(preview.spaceName, themes, preview.role)}</p>
      <p className="muted">{t.boardDetails.join.meeting(preview.label)}</p>
    </>
  );
}
