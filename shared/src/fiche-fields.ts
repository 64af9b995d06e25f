import * as Y from "yjs";
import { z } from "zod/mini";
import { isoDate } from "./governance.ts";
import { type ProblemSubject, problem } from "./problems.ts";
import { InseeCodeSchema, MAX_COMMUNES } from "./territory.ts";
import { objectErrors } from "./validation.ts";

export const boundedText = (field: ProblemSubject, max: number) =>
  z.string({ error: problem("notText", field) }).check(z.trim(), z.maxLength(max, problem("tooLong", field)));

export const requiredText = (field: ProblemSubject, max: number) =>
  boundedText(field, max).check(z.minLength(1, problem("required", field)));

export const YearSchema = z
  .number({ error: problem("yearNotNumber") })
  .check(z.int(), z.minimum(2000), z.maximum(2100));

export const FICHE_STATUSES = ["proposee", "validee", "en-cours", "realisee", "abandonnee"] as const;
export type FicheStatus = (typeof FICHE_STATUSES)[number];

/** What the action does to the offer on the territory, as a Caf fiche says it. */
export const ACTION_TYPES = ["creation", "developpement", "montee-en-qualite", "adaptation", "maintien"] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** The other contracts and policies a fiche joins up with; "autre" is named in the fiche's `policyOther`. */
export const POLICY_LINKS = [
  "contrat-de-ville",
  "crte",
  "pedt-plan-mercredi",
  "schema-services-familles",
  "strategie-pauvrete",
  "numerique-inclusif",
  "autre",
] as const;
export type PolicyLink = (typeof POLICY_LINKS)[number];

export const MilestoneSchema = z.strictObject(
  { date: isoDate("milestoneDate"), label: requiredText("milestoneLabel", 200) },
  { error: objectErrors("milestoneNotObject") },
);
export type Milestone = z.infer<typeof MilestoneSchema>;

/** Hundredths, give or take the binary rounding of decimals (0.1 + 0.2). */
const hasAtMostTwoDecimals = (value: number) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

/** Full-time equivalents: "0,5", "1,25". */
const FteSchema = z
  .number({ error: problem("fteNotNumber") })
  .check(
    z.minimum(0, problem("fteNegative")),
    z.maximum(1000, problem("fteTooBig")),
    z.refine(hasAtMostTwoDecimals, problem("fteCents")),
  );

/**
 * How a field is edited and read as text: a short or long text, a list of texts, one code or several among the
 * field's options, years, INSEE codes of the space's communes, a number, a day (AAAA-MM-JJ), milestones, or the id of
 * an axis or objective. "internal" fields order and date the fiche and are neither shown nor compared.
 */
export type FicheFieldKind =
  | "text"
  | "long-text"
  | "list"
  | "enum"
  | "enum-list"
  | "years"
  | "communes"
  | "number"
  | "date"
  | "milestones"
  | "reference"
  | "internal";

/** Where a field shows, in the editor, the fiche sheet and the DOCX: "placement" is the fiche's title and place. */
export const FICHE_FIELD_GROUPS = ["placement", "identity", "delivery", "calendar", "links", "evaluation"] as const;
export type FicheFieldGroup = (typeof FICHE_FIELD_GROUPS)[number];

interface FieldDefinition<S extends z.ZodMiniType, G extends FicheFieldGroup | null> {
  kind: FicheFieldKind;
  /** null: an internal field. */
  group: G;
  schema: S;
  /** What a fiche holds before anyone says anything, what an older fiche is given, and what a bad value reads as. */
  empty: z.output<S>;
  /** The codes of an "enum" or "enum-list" field. */
  options?: readonly string[];
}

const define = <S extends z.ZodMiniType, G extends FicheFieldGroup | null>(definition: FieldDefinition<S, G>) =>
  definition;

/**
 * Every field of a fiche action, in the order the editor, the fiche sheet, the exports and the comparison show them.
 * Adding a field is adding it here, with its words (FRENCH_FICHE_WORDS for the documents, the interface's ficheFields
 * section); its description, sources, budget and indicators live beside these fields in the plan document.
 */
const FIELDS = {
  title: define({ kind: "text", group: "placement", schema: requiredText("ficheTitle", 200), empty: "" }),
  axisId: define({
    kind: "reference",
    group: "placement",
    schema: z.nullable(z.string().check(z.maxLength(64))),
    empty: null,
  }),
  objectiveId: define({
    kind: "reference",
    group: "placement",
    schema: z.nullable(z.string().check(z.maxLength(64))),
    empty: null,
  }),
  status: define({
    kind: "enum",
    group: "identity",
    options: FICHE_STATUSES,
    schema: z.enum(FICHE_STATUSES, { error: problem("ficheStatusUnknown") }),
    empty: "proposee",
  }),
  actionType: define({
    kind: "enum",
    group: "identity",
    options: ACTION_TYPES,
    schema: z.nullable(z.enum(ACTION_TYPES, { error: problem("actionTypeUnknown") })),
    empty: null,
  }),
  themes: define({
    kind: "list",
    group: "identity",
    schema: z.array(boundedText("ficheTheme", 120)).check(z.maxLength(20)),
    empty: [],
  }),
  pilot: define({ kind: "text", group: "delivery", schema: boundedText("pilot", 200), empty: "" }),
  partners: define({
    kind: "list",
    group: "delivery",
    schema: z.array(boundedText("partner", 200)).check(z.maxLength(50)),
    empty: [],
  }),
  targetPublic: define({ kind: "long-text", group: "delivery", schema: boundedText("targetPublic", 500), empty: "" }),
  communes: define({
    kind: "communes",
    group: "delivery",
    schema: z.array(InseeCodeSchema).check(
      z.maxLength(MAX_COMMUNES, problem("ficheCommunesTooMany")),
      z.refine((codes) => new Set(codes).size === codes.length, problem("communeTwice")),
    ),
    empty: [],
  }),
  staffFte: define({ kind: "number", group: "delivery", schema: z.nullable(FteSchema), empty: null }),
  staffRoles: define({ kind: "long-text", group: "delivery", schema: boundedText("staffRoles", 500), empty: "" }),
  years: define({ kind: "years", group: "calendar", schema: z.array(YearSchema).check(z.maxLength(10)), empty: [] }),
  startDate: define({ kind: "date", group: "calendar", schema: z.nullable(isoDate("startDate")), empty: null }),
  endDate: define({ kind: "date", group: "calendar", schema: z.nullable(isoDate("endDate")), empty: null }),
  milestones: define({
    kind: "milestones",
    group: "calendar",
    schema: z.array(MilestoneSchema).check(z.maxLength(50, problem("milestonesTooMany"))),
    empty: [],
  }),
  policyLinks: define({
    kind: "enum-list",
    group: "links",
    options: POLICY_LINKS,
    schema: z
      .array(z.enum(POLICY_LINKS, { error: problem("policyUnknown") }))
      .check(z.refine((links) => new Set(links).size === links.length, problem("policyTwice"))),
    empty: [],
  }),
  policyOther: define({ kind: "text", group: "links", schema: boundedText("policyOther", 200), empty: "" }),
  evaluationWhat: define({
    kind: "long-text",
    group: "evaluation",
    schema: boundedText("evaluationWhat", 500),
    empty: "",
  }),
  evaluationWho: define({
    kind: "long-text",
    group: "evaluation",
    schema: boundedText("evaluationWho", 500),
    empty: "",
  }),
  evaluationWhen: define({
    kind: "long-text",
    group: "evaluation",
    schema: boundedText("evaluationWhen", 500),
    empty: "",
  }),
  order: define({ kind: "internal", group: null, schema: z.string().check(z.minLength(1)), empty: "" }),
  createdAt: define({ kind: "internal", group: null, schema: z.number().check(z.int(), z.nonnegative()), empty: 0 }),
  updatedAt: define({ kind: "internal", group: null, schema: z.number().check(z.int(), z.nonnegative()), empty: 0 }),
};
type Fields = typeof FIELDS;

export const FicheFieldsSchema = z.strictObject(
  Object.fromEntries(Object.entries(FIELDS).map(([key, { schema }]) => [key, schema])) as {
    [K in keyof Fields]: Fields[K]["schema"];
  },
);
export type FicheFields = z.infer<typeof FicheFieldsSchema>;
export type FicheFieldKey = keyof FicheFields;
/** The fields a fiche shows: every field but the internal ones. */
export type ShownFicheFieldKey = { [K in keyof Fields]: Fields[K]["group"] extends null ? never : K }[keyof Fields];
export type FicheFieldValue = FicheFields[ShownFicheFieldKey];

export const FichePatchSchema = z.partial(z.omit(FicheFieldsSchema, { order: true, createdAt: true, updatedAt: true }));
export type FichePatch = z.input<typeof FichePatchSchema>;

export interface FicheField {
  key: ShownFicheFieldKey;
  kind: FicheFieldKind;
  group: FicheFieldGroup;
  options?: readonly string[];
}

/** The shown fields, in order. */
export const FICHE_FIELDS: readonly FicheField[] = Object.entries(FIELDS).flatMap(([key, { kind, group, options }]) =>
  group === null ? [] : [{ key: key as ShownFicheFieldKey, kind, group, ...(options ? { options } : {}) }],
);

/** The fields a fiche shows as its details: all but its title and its place in the plan, which the page gives. */
export const FICHE_DETAIL_FIELDS = FICHE_FIELDS.filter((field) => field.group !== "placement");

export function ficheField(key: string): FicheField | undefined {
  return FICHE_FIELDS.find((field) => field.key === key);
}

/** A field's empty value; an empty list is a new one each time, lists being mutable. */
function emptyOf(key: FicheFieldKey): unknown {
  const empty = FIELDS[key].empty;
  return Array.isArray(empty) ? [] : empty;
}

/**
 * A fiche's fields as stored, each read on its own: a value its schema refuses (written by a bug, or an older tab)
 * reads as that field's empty value, so that one bad field never hides the whole fiche.
 */
export function readFicheFields(stored: (key: FicheFieldKey) => unknown): FicheFields {
  const fields: Record<string, unknown> = {};
  for (const [key, { schema }] of Object.entries(FIELDS)) {
    const parsed = schema.safeParse(stored(key as FicheFieldKey));
    fields[key] = parsed.success ? parsed.data : emptyOf(key as FicheFieldKey);
  }
  return fields as FicheFields;
}

/** Every field at its empty value: a new fiche before its own values, and what an older fiche is given. */
export function emptyFicheFields(): FicheFields {
  return readFicheFields(() => undefined);
}

/** The words a reader needs to read the fields as text, in one language, and the plan and space's names. */
export interface FicheFieldWords {
  options: {
    status: Record<FicheStatus, string>;
    actionType: Record<ActionType, string>;
    policyLinks: Record<PolicyLink, string>;
  };
  /** An axis's or objective's title; the id of one deleted since. */
  reference: (key: "axisId" | "objectiveId", id: string) => string;
  /** A commune's name; its INSEE code when the territory no longer lists it. */
  commune: (insee: string) => string;
  date: (isoDay: string) => string;
  number: (value: number) => string;
  /** Dated milestones as one line, punctuated as the language writes it ("4 septembre 2023 : ouverture ; …"). */
  milestones: (milestones: readonly { day: string; label: string }[]) => string;
}

/** A field's value as one line of text ("" when nothing is said): for the fiche sheet, the exports, comparisons. */
export function ficheFieldText(field: FicheField, value: unknown, words: FicheFieldWords): string {
  const option = (code: string) =>
    (words.options[field.key as keyof FicheFieldWords["options"]] as Record<string, string> | undefined)?.[code] ??
    code;
  switch (field.kind) {
    case "text":
    case "long-text":
      return String(value ?? "");
    case "list":
    case "years":
      return (value as readonly unknown[]).join(", ");
    case "enum":
      return value === null ? "" : option(value as string);
    case "enum-list":
      return (value as string[]).map(option).join(", ");
    case "communes":
      return (value as string[]).map(words.commune).join(", ");
    case "number":
      return value === null ? "" : words.number(value as number);
    case "date":
      return value === null ? "" : words.date(value as string);
    case "milestones":
      return words.milestones((value as Milestone[]).map(({ date, label }) => ({ day: words.date(date), label })));
    case "reference":
      return value === null ? "" : words.reference(field.key as "axisId" | "objectiveId", value as string);
    case "internal":
      return "";
  }
}

/** A field's value from an older version's fiche or from the network: as the schema reads it, or empty. */
export function fieldValue(field: FicheField, value: unknown): FicheFieldValue {
  const parsed = FIELDS[field.key].schema.safeParse(value);
  return (parsed.success ? parsed.data : emptyOf(field.key)) as FicheFieldValue;
}

/**
 * Plan layout 4: older fiches are given the fields they did not have (the type of action, communes, human
 * resources, calendar, links to other policies, evaluation method), at their empty values. A value already there is
 * left as it is: one its schema refuses still reads as empty (readFicheFields).
 */
export function migrateFicheFields(doc: Y.Doc): void {
  doc.getMap<unknown>("fiches").forEach((fiche) => {
    // Anything else under a fiche's id was never a fiche: the plan never read it, and the upgrade leaves it.
    if (!(fiche instanceof Y.Map)) return;
    for (const { key } of FICHE_FIELDS) if (!fiche.has(key)) fiche.set(key, emptyOf(key));
  });
}
