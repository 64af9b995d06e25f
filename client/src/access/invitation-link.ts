import { INVITED_ROLES, type InvitedRole } from "@atelier/shared";
import { joinPath } from "../routes.ts";
import { INVITATION_TOKEN_PARAM as TOKEN_PARAM } from "./access-names.ts";
import { readStored, removeStored, writeStored } from "./local-storage.ts";

const ROLE_PARAM = "role";

/** This tab's invitation not yet traded, as the fragment it came in (sessionStorage: the tab's own, gone with it). */
const KEPT_INVITATION_KEY = "atelier:invitation";

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
  return `${window.location.origin}${joinPath}${fragmentOf({ token, roleHint: role })}`;
}

function fragmentOf({ token, roleHint }: ReceivedInvitation): string {
  const fragment = new URLSearchParams({ [TOKEN_PARAM]: token });
  if (roleHint) fragment.set(ROLE_PARAM, roleHint);
  return `#${fragment}`;
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

/**
 * Keeps the invitation for this tab once out of the address bar: a reload (the language switch, a phone waking a
 * background tab) still finds it, where scanning the QR code again would otherwise be the only way back.
 */
export function keepInvitation(invitation: ReceivedInvitation): void {
  writeStored(KEPT_INVITATION_KEY, fragmentOf(invitation), "sessionStorage");
}

/** The invitation this tab was opened with and has not traded yet, if any. */
export function keptInvitation(): ReceivedInvitation | null {
  return invitationInFragment(readStored(KEPT_INVITATION_KEY, "sessionStorage") ?? "");
}

/** Once traded for a personal access, or refused by the server, the token is of no more use here. */
export function forgetKeptInvitation(): void {
  removeStored(KEPT_INVITATION_KEY, "sessionStorage");
}
