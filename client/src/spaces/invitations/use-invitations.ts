import type { CreatedInvitationView, InvitationView, NewInvitation } from "@atelier/shared";
import { useCallback, useEffect, useState } from "react";
import { accessApi } from "../../api/access-api.ts";
import { failureMessage } from "../../api/request.ts";

export type InvitationsState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; invitations: InvitationView[] };

const newestFirst = (a: InvitationView, b: InvitationView) => b.createdAt - a.createdAt;

/**
 * The space's invitation links, newest first, kept in step with the links this page creates and revokes.
 * Only facilitators hold a secret to list them: without one, nothing is asked.
 */
export function useInvitations(spaceId: string, secret: string | null) {
  const [state, setState] = useState<InvitationsState>({ status: "loading" });

  useEffect(() => {
    if (!secret) return;
    let current = true;
    accessApi.invitations(spaceId, secret).then(
      (invitations) => current && setState({ status: "ready", invitations: invitations.toSorted(newestFirst) }),
      (error: unknown) => current && setState({ status: "failed", message: failureMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [spaceId, secret]);

  const put = useCallback((invitation: InvitationView) => {
    setState((previous) => {
      if (previous.status !== "ready") return previous;
      const others = previous.invitations.filter((existing) => existing.id !== invitation.id);
      return { status: "ready", invitations: [invitation, ...others].toSorted(newestFirst) };
    });
  }, []);

  const create = useCallback(
    async (input: NewInvitation): Promise<CreatedInvitationView> => {
      if (!secret) throw new Error("Only facilitators create invitations.");
      const created = await accessApi.invite(spaceId, secret, input);
      // The token is shown once, by the caller: the list never holds it.
      const { token: _, ...invitation } = created;
      put(invitation);
      return created;
    },
    [spaceId, secret, put],
  );

  const revoke = useCallback(
    async (invitationId: string) => {
      if (!secret) throw new Error("Only facilitators revoke invitations.");
      put(await accessApi.revoke(spaceId, secret, invitationId));
    },
    [spaceId, secret, put],
  );

  return { state, create, revoke };
}

/** Whether the space has had an invitation link yet (revoked ones count: partners were invited); null while loading. */
export function invitedYet(state: InvitationsState): boolean | null {
  return state.status === "ready" ? state.invitations.length > 0 : null;
}
