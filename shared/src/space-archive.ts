import { z } from "zod/mini";
import { BilanEntryInputSchema, ImpactLinkSchema } from "./bilan.ts";
import { SourceRefSchema } from "./fiche.ts";
import { DEMARCHE_STEPS, isoDate, MeetingInputSchema, ReopeningInputSchema } from "./governance.ts";
import { INDICATOR_LEVELS } from "./indicator.ts";
import { DISPLAY_NAME_MAX, ORGANISATION_MAX } from "./invitation.ts";
import { INVITED_ROLES } from "./invitation-kinds.ts";
import { PartiesSchema } from "./parties.ts";
import { type ProblemParams, type ProblemSubject, problem } from "./problems.ts";
import type { Role } from "./roles.ts";
import { SATISFACTION_QUESTIONS, SatisfactionAnswerSchema } from "./satisfaction.ts";
import { PeriodSchema, SpaceNameSchema } from "./space.ts";
import { CommunesSchema, EpciSchema } from "./territory.ts";
import { ServiceInputSchema } from "./territory-services.ts";
import { withoutAccents } from "./text-folding.ts";
import { ThemeDescriptionSchema, ThemeLabelSchema } from "./themes.ts";
import { objectErrors } from "./validation.ts";

/**
 * One CTG space as one file, to keep a convention once it ends or to move it to another server: its records and the
 * Yjs state of its documents, under the ids of the server it comes from (an import gives everything new ids).
 * Never a secret, a hash, an invitation, a participant's token, a pending contribution or the public page's address.
 */
export const SPACE_ARCHIVE_FORMAT = "atelier-ctg/espace";
export const SPACE_ARCHIVE_VERSION = 1;

/**
 * The author a card shows once the pseudonyms are left out of an archive: their role, in French as the archive is
 * written for the Caf's or the EPCI's records.
 */
export const ANONYMOUS_AUTHOR_NAMES: Record<Role, string> = {
  facilitator: "Animateur·rice",
  partner: "Partenaire",
  habitant: "Habitant·e",
  observer: "Observateur·rice",
};

const id = z.string({ error: problem("notId") }).check(z.minLength(1), z.maxLength(64));
const time = z.number({ error: problem("archiveTimeNotNumber") }).check(z.int(), z.nonnegative());
/** A document's Yjs state (Y.encodeStateAsUpdate), in base64. */
const yjsState = z.base64({ error: problem("archiveStateNotBase64") });
/** The issue's path names the list. */
const list = <T extends z.ZodMiniType>(item: T) => z.array(item, { error: problem("notList") });

const ArchivedBoardSchema = z.strictObject({
  id,
  theme: ThemeLabelSchema,
  description: ThemeDescriptionSchema,
  position: z.number().check(z.int()),
  archived: z.boolean(),
  createdAt: time,
  state: yjsState,
});

const ArchivedPlanVersionSchema = z.strictObject({
  id,
  label: z.string().check(z.maxLength(200)),
  meetingId: z.nullable(id),
  createdAt: time,
  state: yjsState,
  /** The fiches as read when the version was frozen (what comparisons read); only their sources are checked. */
  fiches: list(z.looseObject({ id, sources: z.optional(list(SourceRefSchema)) })),
});

const ArchivedSignatureSchema = z.strictObject({
  id,
  versionId: id,
  signedOn: isoDate("signingDate"),
  signatories: PartiesSchema,
  meetingId: z.nullable(id),
  recordedAt: time,
  withdrawn: z.nullable(z.strictObject({ at: time, reason: z.string().check(z.maxLength(2_000)) })),
});

const ArchivedMeetingSchema = z.extend(MeetingInputSchema, { id, createdAt: time, updatedAt: time });

const ArchivedIndicatorSchema = z.strictObject({
  id,
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  theme: z.string().check(z.maxLength(120)),
  year: z.number().check(z.int(), z.minimum(1950), z.maximum(2100)),
  unit: z.string().check(z.maxLength(40)),
  source: z.string().check(z.maxLength(300)),
  values: z.strictObject(
    Object.fromEntries(INDICATOR_LEVELS.map((level) => [level, z.nullable(z.number())])) as Record<
      (typeof INDICATOR_LEVELS)[number],
      z.ZodMiniNullable<z.ZodMiniNumber>
    >,
  ),
  updatedAt: time,
});

const ArchivedQuestionnaireSchema = z.strictObject({
  year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  questions: list(z.enum(SATISFACTION_QUESTIONS)),
  openedAt: time,
  closedAt: z.nullable(time),
  /** Anonymous, as stored: neither who nor when. */
  answers: list(SatisfactionAnswerSchema),
});

const ArchivedServiceSchema = z.extend(ServiceInputSchema, {
  id,
  communeName: z.nullable(z.string().check(z.maxLength(100))),
  updatedAt: time,
});

/** Who joined, kept only when the facilitator asks for the pseudonyms: the archive's record, not accounts. */
const ArchivedParticipantSchema = z.strictObject({
  id,
  displayName: z.string().check(z.maxLength(DISPLAY_NAME_MAX)),
  organisation: z.string().check(z.maxLength(ORGANISATION_MAX)),
  role: z.enum(INVITED_ROLES),
  joinedAt: time,
});

export const SpaceArchiveSchema = z
  .strictObject(
    {
      format: z.literal(SPACE_ARCHIVE_FORMAT, {
        error: problem("archiveFormatUnknown"),
      }),
      version: z.literal(SPACE_ARCHIVE_VERSION, {
        error: problem("archiveVersionUnknown"),
      }),
      exportedAt: time,
      pseudonyms: z.boolean(),
      space: z.strictObject({
        name: SpaceNameSchema,
        period: PeriodSchema,
        territory: z.strictObject({ epci: z.nullable(EpciSchema), communes: CommunesSchema }),
        parties: PartiesSchema,
        createdAt: time,
      }),
      boards: list(ArchivedBoardSchema),
      plan: z.strictObject({ state: yjsState }),
      planVersions: list(ArchivedPlanVersionSchema),
      signatures: list(ArchivedSignatureSchema),
      meetings: list(ArchivedMeetingSchema),
      demarche: z.strictObject({
        planning: z.partialRecord(z.enum(DEMARCHE_STEPS), isoDate("plannedDate")),
        reopenings: list(z.extend(ReopeningInputSchema, { id, on: isoDate("reopeningDate"), recordedAt: time })),
      }),
      indicators: list(ArchivedIndicatorSchema),
      bilan: z.strictObject({
        entries: list(
          z.extend(BilanEntryInputSchema, { ficheId: id, year: z.number().check(z.int()), updatedAt: time }),
        ),
        impacts: list(ImpactLinkSchema),
      }),
      satisfaction: list(ArchivedQuestionnaireSchema),
      territoryServices: list(ArchivedServiceSchema),
      participants: z.optional(list(ArchivedParticipantSchema)),
    },
    { error: objectErrors("archiveNotObject") },
  )
  .check(
    z.superRefine((archive, context) => {
      const refuse = (path: PropertyKey[], message: string, params: ProblemParams = {}) =>
        context.addIssue({ code: "custom", path, message, params });
      const ids = (items: readonly { id: string }[], path: string, what: ProblemSubject) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.id)) refuse([path, index, "id"], problem("listedTwice", what), { value: item.id });
          seen.add(item.id);
        });
        return seen;
      };
      const boards = ids(archive.boards, "boards", "board");
      const meetings = ids(archive.meetings, "meetings", "meeting");
      const versions = ids(archive.planVersions, "planVersions", "version");
      const indicators = ids(archive.indicators, "indicators", "indicator");
      ids(archive.signatures, "signatures", "signature");
      ids(archive.territoryServices, "territoryServices", "service");
      const known = (set: Set<string>, value: string | null, path: PropertyKey[], what: ProblemSubject) => {
        if (value !== null && !set.has(value)) refuse(path, problem("missingFromArchive", what), { value });
      };
      archive.meetings.forEach((meeting, index) => {
        known(boards, meeting.boardId, ["meetings", index, "boardId"], "board");
      });
      archive.planVersions.forEach((version, index) => {
        known(meetings, version.meetingId, ["planVersions", index, "meetingId"], "meeting");
      });
      archive.signatures.forEach((signature, index) => {
        known(versions, signature.versionId, ["signatures", index, "versionId"], "version");
        known(meetings, signature.meetingId, ["signatures", index, "meetingId"], "meeting");
      });
      if (archive.signatures.filter((signature) => signature.withdrawn === null).length > 1) {
        refuse(["signatures"], problem("oneSignatureInForce"));
      }
      archive.bilan.impacts.forEach((impact, index) => {
        known(indicators, impact.territorialIndicatorId, ["bilan", "impacts", index], "territorialIndicator");
      });
      const figures = new Set<string>();
      archive.indicators.forEach((indicator, index) => {
        const key = JSON.stringify([indicator.label, indicator.theme, indicator.year]);
        if (figures.has(key))
          refuse(["indicators", index], problem("figureTwice"), { value: indicator.label, year: indicator.year });
        figures.add(key);
      });
      const years = new Set<number>();
      archive.satisfaction.forEach((questionnaire, index) => {
        if (years.has(questionnaire.year))
          refuse(["satisfaction", index, "year"], problem("questionnaireTwice"), { year: questionnaire.year });
        years.add(questionnaire.year);
      });
    }),
  );
export type SpaceArchive = z.infer<typeof SpaceArchiveSchema>;
export type SpaceArchiveInput = z.input<typeof SpaceArchiveSchema>;
export type ArchivedBoard = SpaceArchive["boards"][number];

/** The name the browser proposes for the file: `ctg-<name in lower case, ascii, dashes>-archive.json`. */
export function spaceArchiveFileName(spaceName: string): string {
  const slug = withoutAccents(spaceName)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `ctg-${slug || "espace"}-archive.json`;
}
