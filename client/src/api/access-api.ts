import type { Join, NewInvitation } from "@atelier/shared";
import { request } from "./request.ts";

/** Who may do what in a space: what a token grants, joining through a link, and the links themselves. */
export const accessApi = {
  me: (spaceId: string, token: string) => request("GET /spaces/:spaceId/me", { spaceId }, { token }),
  /** Where a link leads, asked before the join form (the token goes in the body, kept out of the server's logs). */
  preview: (token: string) => request("POST /join/preview", {}, { body: { token } }),
  join: (input: Join) => request("POST /join", {}, { body: input }),
  /** RGPD: the holder's name, token, cards and votes are erased from the whole space. */
  eraseMe: (spaceId: string, token: string) => request("DELETE /spaces/:spaceId/me", { spaceId }, { token }),
  participants: (spaceId: string, secret: string) =>
    request("GET /spaces/:spaceId/participants", { spaceId }, { token: secret }),
  /** RGPD, on a facilitator's initiative: the same erasure as `eraseMe`, for one participant. */
  erase: (spaceId: string, secret: string, participantId: string) =>
    request("DELETE /spaces/:spaceId/participants/:participantId", { spaceId, participantId }, { token: secret }),
  invitations: (spaceId: string, secret: string) =>
    request("GET /spaces/:spaceId/invitations", { spaceId }, { token: secret }),
  invite: (spaceId: string, secret: string, input: NewInvitation) =>
    request("POST /spaces/:spaceId/invitations", { spaceId }, { body: input, token: secret }),
  revoke: (spaceId: string, secret: string, invitationId: string) =>
    request("DELETE /spaces/:spaceId/invitations/:invitationId", { spaceId, invitationId }, { token: secret }),
};
