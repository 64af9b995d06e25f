import { z } from "zod/mini";
import { CARD_KINDS, type CardKind } from "./card-kinds.ts";
import { INVITED_ROLES, type InvitedRole } from "./invitation-kinds.ts";
import { JoinCodeSchema } from "./join-code.ts";
import { problem } from "./problems.ts";
import type { Role } from "./roles.ts";
import { objectErrors } from "./validation.ts";

export const INVITATION_MAX_USES = 10_000;

/** An invitation's label, as the space page lists it. */
export const INVITATION_LABEL_MAX = 80;

export const NewInvitationSchema = z.strictObject(
  {
    role: z.enum(INVITED_ROLES, { error: problem("invitedRoleUnknown") }),
    label: z
      .string({ error: problem("notText", "linkLabel") })
      .check(
        z.trim(),
        z.minLength(1, problem("required", "linkLabel")),
        z.maxLength(INVITATION_LABEL_MAX, problem("tooLong", "linkLabel")),
      ),
    boardIds: z._default(
      z.nullable(
        z
          .array(z.string().check(z.minLength(1), z.maxLength(64)), {
            error: problem("boardIdsNotList"),
          })
          .check(z.minLength(1, problem("boardIdsMissing")), z.maxLength(100)),
      ),
      null,
    ),
    expiresAt: z._default(
      z.nullable(z.number({ error: problem("expiresAtNotNumber") }).check(z.int(), z.positive())),
      null,
    ),
    kinds: z._default(
      z.nullable(
        z.array(z.enum(CARD_KINDS, { error: problem("kindsUnknown") })).check(z.minLength(1, problem("kindsMissing"))),
      ),
      null,
    ),
    moderated: z._default(z.boolean({ error: problem("moderatedNotBoolean") }), false),
    maxUses: z._default(
      z.nullable(
        z
          .number({ error: problem("maxUsesNotInteger") })
          .check(
            z.int(),
            z.minimum(1, problem("maxUsesTooSmall")),
            z.maximum(INVITATION_MAX_USES, problem("maxUsesTooBig")),
          ),
      ),
      null,
    ),
  },
  {
    error: objectErrors("invitationNotObject"),
  },
);
export type NewInvitation = z.input<typeof NewInvitationSchema>;

export const DISPLAY_NAME_MAX = 60;
export const ORGANISATION_MAX = 80;

const invitationToken = z
  .string({ error: problem("required", "invitationToken") })
  .check(z.minLength(1), z.maxLength(200));

/** One of the two ways in: the link's token, or the short code a facilitator made for that link. */
const joinKey = { token: z.optional(invitationToken), code: z.optional(JoinCodeSchema) };
const oneJoinKey = {
  check: (key: { token?: string; code?: string }) => (key.token === undefined) !== (key.code === undefined),
  message: problem("joinKeyOne"),
};

export const JoinSchema = z
  .strictObject(
    {
      ...joinKey,
      displayName: z
        .string({ error: problem("notText", "displayName") })
        .check(
          z.trim(),
          z.minLength(1, problem("displayNameMissing")),
          z.maxLength(DISPLAY_NAME_MAX, problem("tooLong", "displayName")),
        ),
      organisation: z._default(
        z
          .string({ error: problem("notText", "organisation") })
          .check(z.trim(), z.maxLength(ORGANISATION_MAX, problem("tooLong", "organisation"))),
        "",
      ),
    },
    { error: objectErrors("joinNotObject") },
  )
  .check(z.refine(oneJoinKey.check, oneJoinKey.message));
export type Join = z.input<typeof JoinSchema>;

/** Asked before the join form, so that the page names what the link opens (and says at once when it is dead). */
export const JoinPreviewSchema = z
  .strictObject(joinKey, { error: objectErrors("joinPreviewNotObject") })
  .check(z.refine(oneJoinKey.check, oneJoinKey.message));
export type JoinPreviewRequest = z.input<typeof JoinPreviewSchema>;

/** What the join page holds: an invitation link's token, or a code typed from the projector. */
export type JoinKey = { token: string } | { code: string };

/** The key of a validated join or preview: the schemas let exactly one of the two through. */
export function joinKeyOf(fields: { token?: string; code?: string }): JoinKey {
  return fields.code === undefined ? { token: fields.token ?? "" } : { code: fields.code };
}

/** What `POST /api/join/preview` tells whoever holds a working link: where it leads, and as whom. */
export interface JoinPreview {
  spaceName: string;
  role: InvitedRole;
  /** The facilitator's name for the link, often the meeting it was made for. */
  label: string;
  /** The boards the link opens (all the space's open boards when it is not restricted). */
  boards: { id: string; theme: string }[];
}

export interface InvitationView {
  id: string;
  role: InvitedRole;
  label: string;
  boardIds: string[] | null;
  /** Kinds of card habitants may contribute through this link; null: all. */
  kinds: CardKind[] | null;
  /** Habitants' contributions wait for a facilitator's acceptance. */
  moderated: boolean;
  expiresAt: number | null;
  maxUses: number | null;
  uses: number;
  revoked: boolean;
  createdAt: number;
}

/** Returned once, when the link is made: only the token's hash is kept. */
export interface CreatedInvitationView extends InvitationView {
  token: string;
}

/** What a token grants, as `GET /api/spaces/:id/me` tells its holder. */
export interface AccessView {
  spaceId: string;
  role: Role;
  participantId: string;
  displayName: string | null;
  organisation: string | null;
  /** Boards the token opens; null: all of the space's boards. */
  boardIds: string[] | null;
  kinds: CardKind[] | null;
  moderated: boolean;
}

/** Whether an access opens this board: a link may name the boards it opens (null: all of the space's). */
export function opensBoard(access: Pick<AccessView, "boardIds">, boardId: string): boolean {
  return access.boardIds === null || access.boardIds.includes(boardId);
}

/** Returned once by `POST /api/join`: the personal token replaces the invitation link on this device. */
export interface JoinedView extends AccessView {
  participantToken: string;
}

/** Someone who joined through an invitation, as facilitators see them (to erase them on request). */
export interface ParticipantView {
  id: string;
  role: InvitedRole;
  displayName: string;
  organisation: string;
  invitationId: string;
  createdAt: number;
}
