import type { BoardView, InvitationView } from "@atelier/shared";
import { fr } from "../../i18n/fr.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { formatMoment } from "./expiry.ts";
import { invitationStatus } from "./invitation-status.ts";

interface InvitationItemProps {
  invitation: InvitationView;
  boards: BoardView[];
  onRevoke: (invitation: InvitationView) => Promise<void>;
}

export function InvitationItem({ invitation, boards, onRevoke }: InvitationItemProps) {
  const status = invitationStatus(invitation, Date.now());
  const boardNames = (invitation.boardIds ?? []).flatMap(
    (boardId) => boards.find((board) => board.id === boardId)?.theme ?? [],
  );

  return (
    <li className={`invitation invitation--${status}`}>
      <div className="invitation__head">
        <h4 className="invitation__label">{invitation.label}</h4>
        <span className="badge">{fr.join.roleTitles[invitation.role]}</span>
        <span className={`badge invitation__status invitation__status--${status}`}>
          {fr.invitations.status[status]}
        </span>
        {invitation.moderated && <span className="badge badge--muted">{fr.invitations.moderatedBadge}</span>}
      </div>
      <dl className="invitation__facts">
        <div>
          <dt>{fr.invitations.fieldBoards}</dt>
          <dd>{fr.invitations.boards(boardNames)}</dd>
        </div>
        <div>
          <dt>{fr.invitations.fieldUses}</dt>
          <dd>{fr.invitations.uses(invitation.uses, invitation.maxUses)}</dd>
        </div>
        <div>
          <dt>{fr.invitations.fieldExpiry}</dt>
          <dd>
            {invitation.expiresAt === null
              ? fr.invitations.neverExpires
              : fr.invitations.expires(formatMoment(invitation.expiresAt))}
          </dd>
        </div>
      </dl>
      {invitation.kinds && (
        <p className="invitation__kinds">
          {fr.invitations.kinds(invitation.kinds.map((kind) => fr.kinds[kind].label))}
        </p>
      )}
      {!invitation.revoked && (
        <ConfirmButton
          label={fr.invitations.revoke}
          accessibleLabel={fr.invitations.revokeLabel(invitation.label)}
          question={fr.invitations.confirmRevoke}
          confirmLabel={fr.invitations.revoke}
          onConfirm={() => onRevoke(invitation)}
        />
      )}
    </li>
  );
}
