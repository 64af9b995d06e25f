import { INVITED_ROLES, type InvitedRole } from "@atelier/shared";
import { joinPath } from "../routes.ts";
import { INVITATION_TOKEN_PARAM as TOKEN_PARAM } from "./access-names.ts";

const ROLE_PARAM = "role";

export interface ReceivedInvitation {
  token: string;
  /**
   * The role the link was made for, so that the join page asks the right questions before the server answers. Only
   * a hint: the server grants the role the invitation holds, whatever the address says.
   */
  roleHint: InvitedRole | null;
}

/** The token travels in the fragment: browsers send neither it to the server nor it in a Referer header. */
export function invitationLink(token: string, role: InvitedRole): string {
  const fragment = new URLSearchParams({ [TOKEN_PARAM]: token, [ROLE_PARAM]: role });
  return `${window.location.origin}${joinPath}#${fragment}`;
}

/** The invitation the address carries, if any (reading only: see `forgetInvitationInAddress`). */
export function invitationInAddress(): ReceivedInvitation | null {
  return invitationInFragment(window.location.hash);
}

/** The invitation a link carries, if it is an invitation link: its token is in the fragment. */
export function invitationInLink(link: string): ReceivedInvitation | null {
  return URL.canParse(link) ? invitationInFragment(new URL(link).hash) : null;
}

function invitationInFragment(hash: string): ReceivedInvitation | null {
  const fragment = new URLSearchParams(hash.slice(1));
  const token = fragment.get(TOKEN_PARAM);
  if (!token) return null;
  const role = fragment.get(ROLE_PARAM);
  return { token, roleHint: INVITED_ROLES.find((known) => known === role) ?? null };
}

/**
 * Takes the invitation out of the address bar, so that it lingers neither in the history nor in a link copied from
 * there (a habitant sharing the page would share the link).
 */
export function forgetInvitationInAddress(): void {
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
}
