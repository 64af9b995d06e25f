import { z } from "zod/mini";
import { CARD_KINDS, type CardKind } from "./card-kinds.ts";
import { CitationSchema } from "./citation.ts";
import { ROLES } from "./roles.ts";
import { objectErrors } from "./validation.ts";

export const CARD_STATUSES = ["draft", "agreed", "promoted"] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

export const CARD_TITLE_MAX = 200;
export const CARD_SOURCE_MAX = 300;

const KindSchema = z.enum(CARD_KINDS, {
  error: `Le type de carte doit être l'un de : ${CARD_KINDS.join(", ")}.`,
});

const TitleSchema = z
  .string({ error: "Le titre doit être un texte." })
  .check(
    z.trim(),
    z.minLength(1, "Le titre de la carte est obligatoire."),
    z.maxLength(CARD_TITLE_MAX, `Le titre dépasse ${CARD_TITLE_MAX} caractères.`),
  );

const SourceSchema = z
  .string({ error: "La source doit être un texte." })
  .check(z.trim(), z.maxLength(CARD_SOURCE_MAX, `La source dépasse ${CARD_SOURCE_MAX} caractères.`));

/** Who wrote a card: the participant id the server gave them ("facilitator" for the space's facilitators). */
export const ParticipantIdSchema = z
  .string({ error: "L'identifiant de l'auteur doit être un texte." })
  .check(
    z.minLength(1, "L'identifiant de l'auteur est obligatoire."),
    z.maxLength(64, "L'identifiant de l'auteur dépasse 64 caractères."),
  );

const AuthorNameSchema = z
  .string({ error: "Le nom de l'auteur doit être un texte." })
  .check(
    z.trim(),
    z.minLength(1, "Le nom de l'auteur est obligatoire."),
    z.maxLength(60, "Le nom de l'auteur dépasse 60 caractères."),
  );

/** The scalar fields of a card as stored in its Y.Map (its rich-text body is a Y.XmlFragment beside them). */
export const CardSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  kind: KindSchema,
  title: TitleSchema,
  source: SourceSchema,
  authorId: ParticipantIdSchema,
  authorName: AuthorNameSchema,
  authorRole: z.enum(ROLES, { error: "Rôle d'auteur inconnu." }),
  cluster: z.nullable(z.string()),
  order: z.string().check(z.minLength(1)),
  status: z.enum(CARD_STATUSES, { error: "Statut de carte inconnu." }),
  /** The fiche action a promoted card went into. */
  promotedTo: z.optional(z.string().check(z.maxLength(64))),
  /** A territorial figure or service the card relies on. */
  citation: z.optional(CitationSchema),
  createdAt: z.number().check(z.int(), z.nonnegative()),
  updatedAt: z.number().check(z.int(), z.nonnegative()),
});
export type Card = z.infer<typeof CardSchema>;

export const NewCardSchema = z.strictObject(
  {
    kind: KindSchema,
    title: TitleSchema,
    source: z._default(SourceSchema, ""),
    authorId: ParticipantIdSchema,
    authorName: AuthorNameSchema,
    authorRole: z.enum(ROLES, { error: "Rôle d'auteur inconnu." }),
  },
  { error: objectErrors("Une carte doit être un objet { kind, title, source, authorId, authorName, authorRole }.") },
);
export type NewCard = z.input<typeof NewCardSchema>;

export const CardPatchSchema = z.strictObject(
  {
    kind: z.optional(KindSchema),
    title: z.optional(TitleSchema),
    source: z.optional(SourceSchema),
  },
  { error: objectErrors("Une modification de carte doit être un objet { kind?, title?, source? }.") },
);
export type CardPatch = z.input<typeof CardPatchSchema>;

export const CONTRIBUTION_BODY_MAX = 2000;

/** What a habitant sends through the participation page: a card's kind, title and an optional plain text. */
export const ContributionSchema = z.strictObject(
  {
    kind: KindSchema,
    title: TitleSchema,
    body: z._default(
      z
        .string({ error: "Le texte doit être un texte." })
        .check(z.trim(), z.maxLength(CONTRIBUTION_BODY_MAX, `Le texte dépasse ${CONTRIBUTION_BODY_MAX} caractères.`)),
      "",
    ),
  },
  { error: objectErrors("Une contribution doit être un objet { kind, title, body? }.") },
);
export type Contribution = z.input<typeof ContributionSchema>;

export const VoteRequestSchema = z.strictObject(
  { cardId: z.string({ error: "cardId doit être un identifiant de carte." }).check(z.minLength(1), z.maxLength(64)) },
  { error: objectErrors("Un vote doit être un objet { cardId }.") },
);

/**
 * A habitant's contribution waiting for a facilitator's acceptance (moderated links), as the facilitators' queue and
 * its author's own list show it.
 */
export interface PendingContributionView {
  id: string;
  boardId: string;
  kind: CardKind;
  title: string;
  body: string;
  authorName: string;
  createdAt: number;
}
