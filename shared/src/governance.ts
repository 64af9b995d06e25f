import { z } from "zod/mini";
import { type ProblemSubject, problem } from "./problems.ts";
import type { Period } from "./space.ts";
import { objectErrors } from "./validation.ts";
import { bilanPlannedOn, firstBilanYear, type YearlyEvaluation, yearlyEvaluation } from "./yearly-evaluation.ts";

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
export const isoDate = (what: ProblemSubject) => z.iso.date({ error: problem("notDate", what) });

export const AttendeeSchema = z.strictObject(
  {
    name: z
      .string({ error: problem("notText", "attendeeName") })
      .check(
        z.trim(),
        z.minLength(1, problem("required", "attendeeName")),
        z.maxLength(120, problem("tooLong", "attendeeName")),
      ),
    organisation: z._default(
      z
        .string({ error: problem("notText", "organisme") })
        .check(z.trim(), z.maxLength(160, problem("tooLong", "organisme"))),
      "",
    ),
    attendance: z._default(z.enum(ATTENDANCES, { error: problem("attendanceUnknown") }), "present"),
  },
  { error: objectErrors("attendeeNotObject") },
);
export type Attendee = z.infer<typeof AttendeeSchema>;

export const DecisionSchema = z
  .strictObject(
    {
      kind: z.enum(DECISION_KINDS, {
        error: problem("decisionKindUnknown"),
      }),
      text: z
        .string({ error: problem("notText", "decisionText") })
        .check(
          z.trim(),
          z.minLength(1, problem("required", "decisionText")),
          z.maxLength(10_000, problem("tooLong", "decisionText")),
        ),
      /** The year a bilan annuel validates; left out, the one its meeting most likely reviewed (bilanYear). */
      year: z.optional(
        z
          .int({ error: problem("decisionYearNotInteger") })
          .check(z.minimum(2000, problem("decisionYearOutside")), z.maximum(2100, problem("decisionYearOutside"))),
      ),
    },
    { error: objectErrors("decisionNotObject") },
  )
  .check(
    z.refine((decision) => decision.year === undefined || decision.kind === "bilan-annuel", {
      error: problem("decisionYearNotBilan"),
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
    .array(DecisionSchema, { error: problem("decisionsNotList") })
    .check(z.maxLength(MAX_DECISIONS, problem("decisionsTooMany"))),
);

const meetingFields = {
  date: isoDate("date"),
  kind: z.enum(MEETING_KINDS, { error: problem("meetingKindUnknown") }),
  title: z
    .string({ error: problem("notText", "meetingTitle") })
    .check(
      z.trim(),
      z.minLength(1, problem("required", "meetingTitle")),
      z.maxLength(200, problem("tooLong", "meetingTitle")),
    ),
  place: z
    .string({ error: problem("notText", "place") })
    .check(z.trim(), z.maxLength(200, problem("tooLong", "place"))),
  agenda: z
    .string({ error: problem("notText", "agenda") })
    .check(z.trim(), z.maxLength(5_000, problem("tooLong", "agenda"))),
  /** The thematic group a comité opérationnel gathered, by its board. */
  boardId: z.nullable(z.string({ error: problem("meetingBoardNotId") }).check(z.minLength(1), z.maxLength(64))),
  attendees: z
    .array(AttendeeSchema, { error: problem("attendeesNotList") })
    .check(z.maxLength(MAX_ATTENDEES, problem("attendeesTooMany"))),
  decisions: DecisionsSchema,
};

export const MeetingInputSchema = z.strictObject(
  {
    ...meetingFields,
    place: z._default(meetingFields.place, ""),
    agenda: z._default(meetingFields.agenda, ""),
    boardId: z._default(meetingFields.boardId, null),
    attendees: z._default(meetingFields.attendees, []),
    decisions: z._default(meetingFields.decisions, []),
  },
  { error: objectErrors("meetingNotObject") },
);
export type MeetingInput = z.input<typeof MeetingInputSchema>;
export type MeetingFields = z.output<typeof MeetingInputSchema>;

/** A key left out keeps what is stored; `attendees` and `decisions` replace the list. */
export const MeetingPatchSchema = z.partial(
  z.strictObject(meetingFields, { error: objectErrors("meetingPatchNotObject") }),
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
    step: z.enum(DEMARCHE_STEPS, { error: problem("stepUnknown") }),
    reason: z
      .string({ error: problem("notText", "reason") })
      .check(
        z.trim(),
        z.minLength(1, problem("required", "reopeningReason")),
        z.maxLength(2_000, problem("tooLong", "reason")),
      ),
    /** The day the step is re-opened; today when left out. */
    on: z.optional(isoDate("reopeningDate")),
  },
  { error: objectErrors("reopeningNotObject") },
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
      z.enum(DEMARCHE_STEPS, { error: problem("stepUnknown") }),
      z.nullable(isoDate("plannedDate")),
      {
        error: (issue) => (issue.code === "invalid_key" ? problem("stepUnknown") : problem("plannedNotObject")),
      },
    ),
  },
  { error: objectErrors("planningNotObject") },
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
    /** Its planned day is past. */
    late: boolean;
  } | null;
  /** Meetings from today on, soonest first. */
  upcoming: MeetingSummary[];
  /** The convention's last day, once it is past: what is left is to close its bilans and prepare the next one. */
  endedOn: string | null;
  /**
   * Today falls in the convention's last year: the next one may be prepared. Read from the same `today` as `endedOn`,
   * so that the client never weighs one against its own clock.
   */
  inLastYear: boolean;
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
  // The signature's day, once validated: the yearly bilans start from its year (yearly-evaluation.ts).
  let signedOn: string | null = null;
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
    const planned = planning[step] ?? null;
    const yearly =
      step === "evaluation"
        ? yearlyEvaluation(held, period, {
            firstYear: signedOn === null ? period.start : firstBilanYear(signedOn),
            firstPlannedOn: planned,
            today,
          })
        : null;
    const validations = yearly
      ? [yearly.completedOn ?? undefined]
      : required.map(
          (kind) => held.find((meeting) => meeting.decisions.some((decision) => decision.kind === kind))?.date,
        );
    const validated = validations.every((date) => date !== undefined);
    const validatedOn = validated ? (validations.toSorted().at(-1) ?? null) : null;
    if (step === "signature") signedOn = validatedOn;
    return {
      step,
      validated,
      // The evaluation's planned day is its first bilan's: the one awaited is planned as many years later.
      plannedOn: planned && yearly?.next ? bilanPlannedOn(planned, yearly.next) : planned,
      validatedOn,
      awaiting: required.filter((_, index) => validations[index] === undefined),
      meetings: sorted
        .filter((meeting) => meeting.decisions.some((decision) => required.includes(decision.kind)))
        .map(summary),
      reopenings: stepReopenings.toSorted((a, b) => a.on.localeCompare(b.on) || a.recordedAt - b.recordedAt),
      yearly,
    };
  });
  const current = progress.find((step) => !step.validated);
  const awaitedBilan = current?.yearly?.years.find((year) => year.year === current.yearly?.next);
  const lastDay = `${period.end}-12-31`;
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
          // A bilan is late past its due day, planned or not; another step only past its planned day.
          late: awaitedBilan ? awaitedBilan.late : current.plannedOn !== null && current.plannedOn < today,
        }
      : null,
    upcoming: sorted.filter((meeting) => meeting.date >= today).map(summary),
    endedOn: lastDay < today ? lastDay : null,
    inLastYear: today.startsWith(`${period.end}-`),
  };
}
