import type { BoardView, InvitationView } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
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
        <span className="badge">{t.join.roleTitles[invitation.role]}</span>
        <span className={`badge invitation__status invitation__status--${status}`}>{t.invitations.status[status]}</span>
        {invitation.moderated && <span className="badge badge--muted">{t.invitations.moderatedBadge}</span>}
      </div>
      <dl className="invitation__facts">
        <div>
          <dt>{t.invitations.fieldBoards}</dt>
          <dd>{t.invitations.boards(boardNames)}</dd>
        </div>
        <div>
          <dt>{t.invitations.fieldUses}</dt>
          <dd>{t.invitations.uses(invitation.uses, invitation.maxUses)}</dd>
        </div>
        <div>
          <dt>{t.invitations.fieldExpiry}</dt>
          <dd>
            {invitation.expiresAt === null
              ? t.invitations.neverExpires
              : t.invitations.expires(formatMoment(invitation.expiresAt))}
          </dd>
        </div>
      </dl>
      {invitation.kinds && (
        <p className="invitation__kinds">{t.invitations.kinds(invitation.kinds.map((kind) => t.kinds[kind].label))}</p>
      )}
      {!invitation.revoked && (
        <ConfirmButton
          label={t.invitations.revoke}
          accessibleLabel={t.invitations.revokeLabel(invitation.label)}
          question={t.invitations.confirmRevoke}
          confirmLabel={t.invitations.revoke}
          onConfirm={() => onRevoke(invitation)}
        />
      )}
    </li>
  );
}
