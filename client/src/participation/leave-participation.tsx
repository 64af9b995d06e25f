import { useLocation } from "wouter";
import { forgetParticipantAccess, type SpaceAccess } from "../access/participant-access.ts";
import { accessApi } from "../api/access-api.ts";
import { t } from "../i18n/text.ts";
import { homePath } from "../routes.ts";
import { forgetSpace } from "../spaces/known-spaces.ts";
import { ConfirmButton } from "../ui/confirm-button.tsx";

/**
 * The habitant's RGPD controls: leave nothing on a shared or borrowed phone, or have the server erase everything
 * they gave (name, cards, votes).
 */
export function LeaveParticipation({ spaceId, access }: { spaceId: string; access: SpaceAccess }) {
  const [, navigate] = useLocation();

  function leave() {
    forgetParticipantAccess(spaceId);
    forgetSpace(spaceId);
    navigate(homePath, { replace: true });
  }

  return (
    <div className="leave">
      {access.view.displayName && <p>{t.participation.signedInAs(access.view.displayName)}</p>}
      <div className="leave__actions">
        <ConfirmButton
          label={t.participation.signOut}
          question={t.participation.confirmSignOut}
          confirmLabel={t.participation.signOutConfirm}
          onConfirm={async () => leave()}
        />
        <ConfirmButton
          label={t.participation.erase}
          question={t.participation.confirmErase}
          confirmLabel={t.participation.eraseConfirm}
          onConfirm={async () => {
            await accessApi.eraseMe(spaceId, access.token);
            leave();
          }}
        />
      </div>
    </div>
  );
}
