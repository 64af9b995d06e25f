import type { Join, JoinKey, NewInvitation, NewJoinCode } from "@atelier/shared";
import { request } from "./request.ts";

/** Who may do what in a space: what a token grants, joining through a link, and the links themselves. */
export const accessApi = {
  me: (spaceId: string, token: string) => request("GET /spaces/:spaceId/me", { spaceId }, { token }),
  /**
   * Where a link or a code leads, asked before the join form (the token or code goes in the body, kept out of the
   * server's logs).
   */
  preview: (key: JoinKey) => request("POST /join/preview", {}, { body: key }),
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
  /** The space's codes that still let people in, made on any device: without their characters, which are not kept. */
  liveCodes: (spaceId: string, secret: string) =>
    request("GET /spaces/:spaceId/join-codes", { spaceId }, { token: secret }),
  /** A short code for a link the facilitator holds, to type from the projector. */
  createCode: (spaceId: string, secret: string, input: NewJoinCode) =>
    request("POST /spaces/:spaceId/join-codes", { spaceId }, { body: input, token: secret }),
  withdrawCode: (spaceId: string, secret: string, codeId: string) =>
    request("DELETE /spaces/:spaceId/join-codes/:codeId", { spaceId, codeId }, { token: secret }),
};
