import { z } from "zod/mini";
import type { Period } from "./space.ts";
import { objectErrors } from "./validation.ts";
import { type YearlyEvaluation, yearlyEvaluation } from "./yearly-evaluation.ts";

/**
 * The comités of a CTG. The first two were the only kinds before; meetings stored with them keep their codes.
 * A comité opérationnel is often one thematic group: it may name its board.
 */
export const MEETING_KINDS = ["copil", "comite-operationnel", "comite-partenarial", "comite-technique"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** What a comité decides. Most validate a step of the démarche (see STEP_VALIDATIONS); the last two never do. */
export const DECISION_KINDS = [
  "validation-cadrage",
  "validation-diagnostic",
  "validation-priorites",
  "validation-projet-plan",
  "validation-chiffrage",
  "validation-plan",
  "validation-evaluation",
  "signature",
  "bilan-annuel",
  "avenant",
  "libre",
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The démarche CTG in its order, from the first comité to the yearly evaluation of the signed plan. */
export const DEMARCHE_STEPS = [
  "preparation",
  "diagnostic",
  "priorites",
  "plan-actions",
  "chiffrage",
  "plan-definitif",
  "signature",
  "evaluation",
] as const;
export type DemarcheStep = (typeof DEMARCHE_STEPS)[number];

/**
 * The decisions that validate each step, all of them needed: the COPIL validates the plan définitif together with
 * its method of evaluation, as the Conflent-Canigou calendar has it.
 */
export const STEP_VALIDATIONS: Readonly<Record<DemarcheStep, readonly DecisionKind[]>> = {
  preparation: ["validation-cadrage"],
  diagnostic: ["validation-diagnostic"],
  priorites: ["validation-priorites"],
  "plan-actions": ["validation-projet-plan"],
  chiffrage: ["validation-chiffrage"],
  "plan-definitif": ["validation-plan", "validation-evaluation"],
  signature: ["signature"],
  // One per year of the convention (yearly-evaluation.ts).
  evaluation: ["bilan-annuel"],
};

export const ATTENDANCES = ["present", "excuse"] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export const MAX_ATTENDEES = 200;
export const MAX_DECISIONS = 50;

/** A day as AAAA-MM-JJ, which must exist in the calendar. */
export const isoDate = (what: string) =>
  z.iso.date({ error: `${what} doit être une date réelle au format AAAA-MM-JJ.` });

export const AttendeeSchema = z.strictObject(
  {
    name: z
      .string({ error: "Le nom du participant doit être un texte." })
      .check(
        z.trim(),
        z.minLength(1, "Le nom du participant est obligatoire."),
        z.maxLength(120, "Le nom du participant dépasse 120 caractères."),
      ),
    organisation: z._default(
      z
        .string({ error: "L'organisme doit être un texte." })
        .check(z.trim(), z.maxLength(160, "L'organisme dépasse 160 caractères.")),
      "",
    ),
    attendance: z._default(z.enum(ATTENDANCES, { error: "La présence est « present » ou « excuse »." }), "present"),
  },
  { error: objectErrors("Un participant doit être un objet { name, organisation?, attendance? }.") },
);
export type Attendee = z.infer<typeof AttendeeSchema>;

export const DecisionSchema = z
  .strictObject(
    {
      kind: z.enum(DECISION_KINDS, {
        error: `La nature de la décision doit être l'une de : ${DECISION_KINDS.join(", ")}.`,
      }),
      text: z
        .string({ error: "Le texte de la décision doit être un texte." })
        .check(
          z.trim(),
          z.minLength(1, "Le texte de la décision est obligatoire."),
          z.maxLength(10_000, "Le texte de la décision dépasse 10 000 caractères."),
        ),
      /** The year a bilan annuel validates; left out, the one its meeting most likely reviewed (bilanYear). */
      year: z.optional(
        z
          .int({ error: "L'année du bilan doit être un nombre entier (par exemple 2022)." })
          .check(
            z.minimum(2000, "L'année du bilan doit être comprise entre 2000 et 2100."),
            z.maximum(2100, "L'année du bilan doit être comprise entre 2000 et 2100."),
          ),
      ),
    },
    { error: objectErrors("Une décision doit être un objet { kind, text, year? }.") },
  )
  .check(
    z.refine((decision) => decision.year === undefined || decision.kind === "bilan-annuel", {
      error: "Seule la validation d'un bilan annuel nomme une année.",
      path: ["year"],
    }),
  );
export type Decision = z.infer<typeof DecisionSchema>;

/** Decisions as a list, or as the free text earlier clients send: that text becomes one free decision. */
const DecisionsSchema = z.pipe(
  z.transform((value: unknown) => {
    if (typeof value !== "string") return value;
    const text = value.trim();
    return text ? [{ kind: "libre", text }] : [];
  }),
  z
    .array(DecisionSchema, { error: "Les décisions doivent être une liste." })
    .check(z.maxLength(MAX_DECISIONS, `Une réunion compte au plus ${MAX_DECISIONS} décisions.`)),
);

const meetingFields = {
  date: isoDate("La date"),
  kind: z.enum(MEETING_KINDS, { error: `Le comité doit être l'un de : ${MEETING_KINDS.join(", ")}.` }),
  title: z
    .string({ error: "L'intitulé doit être un texte." })
    .check(
      z.trim(),
      z.minLength(1, "Le titre de la réunion est obligatoire."),
      z.maxLength(200, "Le titre de la réunion dépasse 200 caractères."),
    ),
  place: z
    .string({ error: "Le lieu doit être un texte." })
    .check(z.trim(), z.maxLength(200, "Le lieu dépasse 200 caractères.")),
  agenda: z
    .string({ error: "L'ordre du jour doit être un texte." })
    .check(z.trim(), z.maxLength(5_000, "L'ordre du jour dépasse 5 000 caractères.")),
  /** The thematic group a comité opérationnel gathered, by its board. */
  boardId: z.nullable(
    z
      .string({ error: "Le groupe thématique doit être l'identifiant d'un tableau." })
      .check(z.minLength(1), z.maxLength(64)),
  ),
  attendees: z
    .array(AttendeeSchema, { error: "Les participants doivent être une liste." })
    .check(z.maxLength(MAX_ATTENDEES, `Une réunion compte au plus ${MAX_ATTENDEES} participants.`)),
  decisions: DecisionsSchema,
};

const MEETING_SHAPE = "{ date, kind, title, place?, agenda?, boardId?, attendees?, decisions? }";

export const MeetingInputSchema = z.strictObject(
  {
    ...meetingFields,
    place: z._default(meetingFields.place, ""),
    agenda: z._default(meetingFields.agenda, ""),
    boardId: z._default(meetingFields.boardId, null),
    attendees: z._default(meetingFields.attendees, []),
    decisions: z._default(meetingFields.decisions, []),
  },
  { error: objectErrors(`Une réunion doit être un objet ${MEETING_SHAPE}.`) },
);
export type MeetingInput = z.input<typeof MeetingInputSchema>;
export type MeetingFields = z.output<typeof MeetingInputSchema>;

/** A key left out keeps what is stored; `attendees` and `decisions` replace the list. */
export const MeetingPatchSchema = z.partial(
  z.strictObject(meetingFields, { error: objectErrors(`Une modification de réunion reprend ${MEETING_SHAPE}.`) }),
);
export type MeetingPatch = z.output<typeof MeetingPatchSchema>;

/** A meeting as the API gives it. */
export interface Meeting extends MeetingFields {
  id: string;
  createdAt: number;
  updatedAt: number;
}

export const ReopeningInputSchema = z.strictObject(
  {
    step: z.enum(DEMARCHE_STEPS, { error: `L'étape doit être l'une de : ${DEMARCHE_STEPS.join(", ")}.` }),
    reason: z
      .string({ error: "Le motif doit être un texte." })
      .check(
        z.trim(),
        z.minLength(1, "Le motif de la réouverture est obligatoire."),
        z.maxLength(2_000, "Le motif dépasse 2 000 caractères."),
      ),
    /** The day the step is re-opened; today when left out. */
    on: z.optional(isoDate("La date de réouverture")),
  },
  { error: objectErrors("Une réouverture doit être un objet { step, reason, on? }.") },
);
export type ReopeningInput = z.input<typeof ReopeningInputSchema>;

/** A validated step put back to work: the decisions of meetings held up to `on` no longer validate it. */
export interface Reopening {
  id: string;
  step: DemarcheStep;
  reason: string;
  on: string;
  recordedAt: number;
}

/** The retro-planning: a planned day per step, `null` to clear it; steps left out keep theirs. */
export const PlanningPatchSchema = z.strictObject(
  {
    planned: z.partialRecord(
      z.enum(DEMARCHE_STEPS, { error: `L'étape doit être l'une de : ${DEMARCHE_STEPS.join(", ")}.` }),
      z.nullable(isoDate("La date prévue")),
      {
        error: (issue) =>
          issue.code === "invalid_key"
            ? `Étape inconnue : les étapes sont ${DEMARCHE_STEPS.join(", ")}.`
            : "Les dates prévues doivent être un objet { étape: AAAA-MM-JJ | null }.",
      },
    ),
  },
  { error: objectErrors("Le rétro-planning doit être un objet { planned }.") },
);
export type PlanningPatch = z.input<typeof PlanningPatchSchema>;
export type Planning = Partial<Record<DemarcheStep, string>>;

export type StepState = "a-venir" | "en-cours" | "validee";

export type MeetingSummary = Pick<Meeting, "id" | "kind" | "date" | "title">;

export interface StepProgress {
  step: DemarcheStep;
  state: StepState;
  plannedOn: string | null;
  /** The day of the meeting whose decision completed the validation. */
  validatedOn: string | null;
  /** The decisions still awaited since the last re-opening. */
  awaiting: DecisionKind[];
  /** Every meeting that took a decision about this step, re-opened validations included, by date. */
  meetings: MeetingSummary[];
  reopenings: Reopening[];
  /** The evaluation step's bilan of each year of the convention; null for the other steps. */
  yearly: YearlyEvaluation | null;
}

export interface Demarche {
  steps: StepProgress[];
  /** The step in progress, what it awaits and when; null once every step is validated. */
  next: {
    step: DemarcheStep;
    awaiting: DecisionKind[];
    plannedOn: string | null;
    /** At the evaluation step, the year whose bilan is awaited. */
    year: number | null;
  } | null;
  /** Meetings from today on, soonest first. */
  upcoming: MeetingSummary[];
}

const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);

/**
 * Where the démarche stands, from the meetings' decisions alone: a decision counts once its meeting has taken place
 * (`today` or before) and after the step's last re-opening. The step in progress is the first one not validated,
 * even when a later one was validated out of order. The evaluation runs through the convention's `period`: it is
 * validated with the bilan of its last year.
 */
export function deriveDemarche(
  meetings: readonly Pick<Meeting, "id" | "kind" | "date" | "title" | "decisions" | "createdAt">[],
  planning: Planning,
  reopenings: readonly Reopening[],
  today: string,
  period: Period,
): Demarche {
  const sorted = meetings.toSorted(byDate);
  const summary = ({ id, kind, date, title }: MeetingSummary): MeetingSummary => ({ id, kind, date, title });
  const progress = DEMARCHE_STEPS.map((step) => {
    const required = STEP_VALIDATIONS[step];
    const stepReopenings = reopenings.filter((reopening) => reopening.step === step);
    const lastReopening = stepReopenings
      .toSorted((a, b) => a.on.localeCompare(b.on) || a.recordedAt - b.recordedAt)
      .at(-1);
    // A meeting counts after the step's last re-opening: held on a later day, or on that day but recorded after it
    // (a COPIL re-opens a step and validates it again the same day).
    const afterReopening = (meeting: Pick<Meeting, "date" | "createdAt">) =>
      !lastReopening ||
      meeting.date > lastReopening.on ||
      (meeting.date === lastReopening.on && meeting.createdAt > lastReopening.recordedAt);
    const held = sorted.filter((meeting) => meeting.date <= today && afterReopening(meeting));
    const yearly = step === "evaluation" ? yearlyEvaluation(held, period) : null;
    const validations = yearly
      ? [yearly.completedOn ?? undefined]
      : required.map(
          (kind) => held.find((meeting) => meeting.decisions.some((decision) => decision.kind === kind))?.date,
        );
    const validated = validations.every((date) => date !== undefined);
    return {
      step,
      validated,
      plannedOn: planning[step] ?? null,
      validatedOn: validated ? (validations.toSorted().at(-1) ?? null) : null,
      awaiting: required.filter((_, index) => validations[index] === undefined),
      meetings: sorted
        .filter((meeting) => meeting.decisions.some((decision) => required.includes(decision.kind)))
        .map(summary),
      reopenings: stepReopenings.toSorted((a, b) => a.on.localeCompare(b.on) || a.recordedAt - b.recordedAt),
      yearly,
    };
  });
  const current = progress.find((step) => !step.validated);
  return {
    steps: progress.map(({ validated, ...step }) => ({
      ...step,
      state: validated ? "validee" : step.step === current?.step ? "en-cours" : "a-venir",
    })),
    next: current
      ? {
          step: current.step,
          awaiting: current.awaiting,
          plannedOn: current.plannedOn,
          year: current.yearly?.next ?? null,
        }
      : null,
    upcoming: sorted.filter((meeting) => meeting.date >= today).map(summary),
  };
}
