import type {
  AccessView,
  CreatedInvitationView,
  InvitationView,
  Join,
  JoinedView,
  JoinPreview,
  NewInvitation,
  ParticipantView,
} from "@atelier/shared";
import { request, spaceEndpoint } from "./request.ts";

const invitationsEndpoint = (spaceId: string) => `${spaceEndpoint(spaceId)}/invitations`;

/** Who may do what in a space: what a token grants, joining through a link, and the links themselves. */
export const accessApi = {
  me: (spaceId: string, token: string) => request<AccessView>("GET", `${spaceEndpoint(spaceId)}/me`, { token }),
  /** Where a link leads, asked before the join form (the token goes in the body, kept out of the server's logs). */
  preview: (token: string) => request<JoinPreview>("POST", "/join/preview", { body: { token } }),
  join: (input: Join) => request<JoinedView>("POST", "/join", { body: input }),
  /** RGPD: the holder's name, token, cards and votes are erased from the whole space. */
  eraseMe: (spaceId: string, token: string) =>
    request<{ cards: number; votes: number }>("DELETE", `${spaceEndpoint(spaceId)}/me`, { token }),
  participants: (spaceId: string, secret: string) =>
    request<ParticipantView[]>("GET", `${spaceEndpoint(spaceId)}/participants`, { token: secret }),
  /** RGPD, on a facilitator's initiative: the same erasure as `eraseMe`, for one participant. */
  erase: (spaceId: string, secret: string, participantId: string) =>
    request<{ cards: number; votes: number }>(
      "DELETE",
      `${spaceEndpoint(spaceId)}/participants/${encodeURIComponent(participantId)}`,
      { token: secret },
    ),
  invitations: (spaceId: string, secret: string) =>
    request<InvitationView[]>("GET", invitationsEndpoint(spaceId), { token: secret }),
  invite: (spaceId: string, secret: string, input: NewInvitation) =>
    request<CreatedInvitationView>("POST", invitationsEndpoint(spaceId), { body: input, token: secret }),
  revoke: (spaceId: string, secret: string, invitationId: string) =>
    request<InvitationView>("DELETE", `${invitationsEndpoint(spaceId)}/${encodeURIComponent(invitationId)}`, {
      token: secret,
    }),
};
