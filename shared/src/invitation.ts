import { z } from "zod";
import { CARD_KINDS, type CardKind } from "./card.ts";
import type { Role } from "./roles.ts";
import { objectErrors } from "./validation.ts";

/** Roles an invitation link can grant: facilitators hold the space's secret instead. */
export const INVITED_ROLES = ["partner", "habitant", "observer"] as const;
export type InvitedRole = (typeof INVITED_ROLES)[number];

export const INVITATION_MAX_USES = 10_000;

export const NewInvitationSchema = z.strictObject(
  {
    role: z.enum(INVITED_ROLES, { error: `Le rôle invité doit être l'un de : ${INVITED_ROLES.join(", ")}.` }),
    label: z
      .string({ error: "Le libellé doit être un texte." })
      .trim()
      .min(1, "Le libellé du lien est obligatoire.")
      .max(80, "Le libellé dépasse 80 caractères."),
    boardIds: z
      .array(z.string().min(1).max(64), { error: "boardIds doit être une liste d'identifiants de tableaux." })
      .min(1, "Choisissez au moins un tableau, ou null pour tous.")
      .max(100)
      .nullable()
      .default(null),
    expiresAt: z
      .number({ error: "expiresAt doit être une date (millisecondes depuis 1970)." })
      .int()
      .positive()
      .nullable()
      .default(null),
    kinds: z
      .array(z.enum(CARD_KINDS, { error: `Types de carte possibles : ${CARD_KINDS.join(", ")}.` }))
      .min(1, "Autorisez au moins un type de carte, ou null pour tous.")
      .nullable()
      .default(null),
    moderated: z.boolean({ error: "moderated doit valoir true ou false." }).default(false),
    maxUses: z
      .number({ error: "maxUses doit être un nombre entier." })
      .int()
      .min(1, "maxUses doit valoir au moins 1.")
      .max(INVITATION_MAX_USES, `maxUses ne peut dépasser ${INVITATION_MAX_USES}.`)
      .nullable()
      .default(null),
  },
  {
    error: objectErrors(
      "Une invitation doit être un objet { role, label, boardIds?, expiresAt?, kinds?, moderated?, maxUses? }.",
    ),
  },
);
export type NewInvitation = z.input<typeof NewInvitationSchema>;

export const DISPLAY_NAME_MAX = 60;
export const ORGANISATION_MAX = 80;

export const JoinSchema = z.strictObject(
  {
    token: z.string({ error: "Le jeton d'invitation est obligatoire." }).min(1).max(200),
    displayName: z
      .string({ error: "Le nom doit être un texte." })
      .trim()
      .min(1, "Choisissez un nom ou un pseudonyme.")
      .max(DISPLAY_NAME_MAX, `Le nom dépasse ${DISPLAY_NAME_MAX} caractères.`),
    organisation: z
      .string({ error: "L'organisation doit être un texte." })
      .trim()
      .max(ORGANISATION_MAX, `L'organisation dépasse ${ORGANISATION_MAX} caractères.`)
      .default(""),
  },
  { error: objectErrors("Rejoindre demande un objet { token, displayName, organisation? }.") },
);
export type Join = z.input<typeof JoinSchema>;

/** Asked before the join form, so that the page names what the link opens (and says at once when it is dead). */
export const JoinPreviewSchema = z.strictObject(
  { token: JoinSchema.shape.token },
  { error: objectErrors("L'aperçu d'une invitation demande un objet { token }.") },
);
export type JoinPreviewRequest = z.input<typeof JoinPreviewSchema>;

/** Why a link lets nobody in: sent beside the French message, so that each interface words it in its language. */
export const CLOSED_LINK_REASONS = ["unknown", "revoked", "expired", "usedUp"] as const;
export type ClosedLinkReason = (typeof CLOSED_LINK_REASONS)[number];

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
