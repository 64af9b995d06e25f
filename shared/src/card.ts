import { z } from "zod/mini";
import { CARD_KINDS, type CardKind } from "./card-kinds.ts";
import { CARD_SOURCE_MAX, CARD_TITLE_MAX, CONTRIBUTION_BODY_MAX } from "./card-limits.ts";
import { CitationSchema } from "./citation.ts";
import { problem } from "./problems.ts";
import { ROLES } from "./roles.ts";
import { objectErrors } from "./validation.ts";

export const CARD_STATUSES = ["draft", "agreed", "promoted"] as const;
export type CardStatus = (typeof CARD_STATUSES)[number];

const KindSchema = z.enum(CARD_KINDS, {
  error: problem("cardKindUnknown"),
});

const TitleSchema = z
  .string({ error: problem("notText", "cardTitle") })
  .check(
    z.trim(),
    z.minLength(1, problem("required", "cardTitle")),
    z.maxLength(CARD_TITLE_MAX, problem("tooLong", "cardTitle")),
  );

const SourceSchema = z
  .string({ error: problem("notText", "source") })
  .check(z.trim(), z.maxLength(CARD_SOURCE_MAX, problem("tooLong", "source")));

/** Who wrote a card: the participant id the server gave them ("facilitator" for the space's facilitators). */
export const ParticipantIdSchema = z
  .string({ error: problem("notText", "authorId") })
  .check(z.minLength(1, problem("required", "authorId")), z.maxLength(64, problem("tooLong", "authorId")));

const AuthorNameSchema = z
  .string({ error: problem("notText", "authorName") })
  .check(
    z.trim(),
    z.minLength(1, problem("required", "authorName")),
    z.maxLength(60, problem("tooLong", "authorName")),
  );

/** The scalar fields of a card as stored in its Y.Map (its rich-text body is a Y.XmlFragment beside them). */
export const CardSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  kind: KindSchema,
  title: TitleSchema,
  source: SourceSchema,
  authorId: ParticipantIdSchema,
  authorName: AuthorNameSchema,
  authorRole: z.enum(ROLES, { error: problem("authorRoleUnknown") }),
  cluster: z.nullable(z.string()),
  order: z.string().check(z.minLength(1)),
  status: z.enum(CARD_STATUSES, { error: problem("cardStatusUnknown") }),
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
    authorRole: z.enum(ROLES, { error: problem("authorRoleUnknown") }),
  },
  { error: objectErrors("cardNotObject") },
);
export type NewCard = z.input<typeof NewCardSchema>;

export const CardPatchSchema = z.strictObject(
  {
    kind: z.optional(KindSchema),
    title: z.optional(TitleSchema),
    source: z.optional(SourceSchema),
  },
  { error: objectErrors("cardPatchNotObject") },
);
export type CardPatch = z.input<typeof CardPatchSchema>;

/**
 * A habitant's idea, which becomes a card's title: the same bounds, in the words of the habitant's form, which asks for
 * "votre idée, en une phrase" and never speaks of a card.
 */
const IdeaSchema = z
  .string({ error: problem("notText", "idea") })
  .check(z.trim(), z.minLength(1, problem("ideaMissing")), z.maxLength(CARD_TITLE_MAX, problem("tooLong", "idea")));

/** What a habitant sends through the participation page: a card's kind, title and an optional plain text. */
export const ContributionSchema = z.strictObject(
  {
    kind: KindSchema,
    title: IdeaSchema,
    body: z._default(
      z
        .string({ error: problem("notText", "contributionText") })
        .check(z.trim(), z.maxLength(CONTRIBUTION_BODY_MAX, problem("tooLong", "contributionText"))),
      "",
    ),
  },
  { error: objectErrors("contributionNotObject") },
);
export type Contribution = z.input<typeof ContributionSchema>;

export const VoteRequestSchema = z.strictObject(
  { cardId: z.string({ error: problem("notId", "cardId") }).check(z.minLength(1), z.maxLength(64)) },
  { error: objectErrors("voteNotObject") },
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
