import { useEffect, useState } from "react";
import { accessApi } from "../api/access-api.ts";
import { failureMessage } from "../api/request.ts";
import { type SpaceAccess, storedParticipantAccess, storeParticipantAccess } from "./participant-access.ts";
import { useFacilitatorSecret } from "./use-facilitator-secret.ts";

export type SpaceAccessState =
  /** `token` is the one being checked: a page may already ask with it what the server will refuse if it is bad. */
  | { status: "checking"; token: string }
  | { status: "none" }
  | { status: "ready"; access: SpaceAccess }
  /** The server refused the token (revoked or expired link, wrong secret) or could not be asked: `message` says which. */
  | { status: "invalid"; message: string };

/**
 * What this browser may do in a space: the facilitator secret if it holds one (a link's `#acces=` included), else
 * the personal token it got by joining through an invitation. The server's `/me` decides, once per mount: a stored
 * token may have been revoked or may have expired since.
 */
export function useSpaceAccess(spaceId: string): SpaceAccessState {
  const secret = useFacilitatorSecret(spaceId);
  // Read once: joining happens on another page, and the space's pages mount again after it.
  const [participantToken] = useState(() => storedParticipantAccess(spaceId)?.token ?? null);
  const token = secret ?? participantToken;
  const [state, setState] = useState<SpaceAccessState>(token ? { status: "checking", token } : { status: "none" });

  useEffect(() => {
    if (!token) {
      setState({ status: "none" });
      return;
    }
    let current = true;
    setState({ status: "checking", token });
    accessApi.me(spaceId, token).then(
      (view) => {
        if (!current) return;
        if (token !== secret) storeParticipantAccess({ token, view });
        setState({ status: "ready", access: { token, view } });
      },
      (error: unknown) => {
        if (!current) return;
        setState({ status: "invalid", message: failureMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [spaceId, token, secret]);

  return state;
}
