import { describe, expect, it } from "vitest";
import {
  DEMARCHE_STEPS,
  type Decision,
  type DecisionKind,
  deriveDemarche,
  type Meeting,
  MeetingInputSchema,
  type Reopening,
  STEP_VALIDATIONS,
} from "../src/governance.ts";

type Held = Pick<Meeting, "id" | "kind" | "date" | "title" | "decisions" | "createdAt">;

/** The Conflent-Canigou convention: 2021 to 2025. */
const CONVENTION = { start: 2021, end: 2025 };

const meeting = (id: string, date: string, ...kinds: DecisionKind[]): Held => ({
  id,
  kind: "copil",
  date,
  title: `COPIL ${id}`,
  decisions: kinds.map((kind): Decision => ({ kind, text: `Décision ${kind}` })),
  createdAt: 0,
});

const reopening = (step: Reopening["step"], on: string): Reopening => ({
  id: `r-${step}-${on}`,
  step,
  reason: "Nouvelles données de l'INSEE",
  on,
  recordedAt: 1,
});

const states = (meetings: Held[], reopenings: Reopening[] = [], today = "2022-01-01") =>
  deriveDemarche(meetings, {}, reopenings, today, CONVENTION).steps.map((step) => step.state);

describe("the démarche derived from the meetings' decisions", () => {
  it("starts with the preparation in progress and every other step to come", () => {
    const demarche = deriveDemarche([], { diagnostic: "2021-10-30" }, [], "2021-04-01", CONVENTION);
    expect(demarche.steps.map((step) => step.state)).toEqual([
      "en-cours",
      ...DEMARCHE_STEPS.slice(1).map(() => "a-venir"),
    ]);
    expect(demarche.steps[1]).toMatchObject({ step: "diagnostic", plannedOn: "2021-10-30", validatedOn: null });
    expect(demarche.next).toEqual({
      step: "preparation",
      awaiting: ["validation-cadrage"],
      plannedOn: null,
      year: null,
      late: false,
    });
  });

  it("moves to the priorities once a COPIL validates the diagnostic, dated by that COPIL", () => {
    const meetings = [
      meeting("a", "2021-10-15", "validation-cadrage"),
      meeting("b", "2021-10-30", "validation-diagnostic"),
    ];
    const demarche = deriveDemarche(meetings, {}, [], "2021-11-01", CONVENTION);
    expect(demarche.steps.slice(0, 3)).toMatchObject([
      { step: "preparation", state: "validee", validatedOn: "2021-10-15", meetings: [{ id: "a" }] },
      { step: "diagnostic", state: "validee", validatedOn: "2021-10-30", meetings: [{ id: "b" }] },
      { step: "priorites", state: "en-cours", validatedOn: null, meetings: [] },
    ]);
    expect(demarche.next?.step).toBe("priorites");
  });

  it("validates the plan définitif with both the plan and its method of evaluation, on the later day", () => {
    const partly = states([meeting("a", "2021-11-30", "validation-plan")]);
    expect(partly[DEMARCHE_STEPS.indexOf("plan-definitif")]).toBe("a-venir");
    const demarche = deriveDemarche(
      [meeting("a", "2021-11-30", "validation-plan"), meeting("b", "2021-12-02", "validation-evaluation")],
      {},
      [],
      "2022-01-01",
      CONVENTION,
    );
    expect(demarche.steps.find((step) => step.step === "plan-definitif")).toMatchObject({
      state: "validee",
      validatedOn: "2021-12-02",
      awaiting: [],
    });
    expect(STEP_VALIDATIONS["plan-definitif"]).toEqual(["validation-plan", "validation-evaluation"]);
  });

  it("does not count the decisions of a meeting yet to be held, and lists it among the next meetings", () => {
    const demarche = deriveDemarche(
      [meeting("a", "2021-10-15", "validation-cadrage")],
      {},
      [],
      "2021-10-01",
      CONVENTION,
    );
    expect(demarche.steps[0]?.state).toBe("en-cours");
    expect(demarche.upcoming).toEqual([{ id: "a", kind: "copil", date: "2021-10-15", title: "COPIL a" }]);
  });

  it("re-opens a step: the decisions held up to the re-opening no longer count, a later one validates it again", () => {
    const validated = [
      meeting("a", "2021-10-15", "validation-cadrage"),
      meeting("b", "2021-10-30", "validation-diagnostic"),
    ];
    const reopened = deriveDemarche(validated, {}, [reopening("diagnostic", "2021-10-30")], "2021-11-10", CONVENTION);
    expect(reopened.steps[1]).toMatchObject({ state: "en-cours", validatedOn: null, meetings: [{ id: "b" }] });
    expect(reopened.steps[1]?.reopenings).toHaveLength(1);
    expect(reopened.next?.step).toBe("diagnostic");

    const again = deriveDemarche(
      [...validated, meeting("c", "2021-11-12", "validation-diagnostic")],
      {},
      [reopening("diagnostic", "2021-10-30")],
      "2021-11-20",
      CONVENTION,
    );
    expect(again.steps[1]).toMatchObject({ state: "validee", validatedOn: "2021-11-12" });
    expect(again.steps[1]?.meetings.map((held) => held.id)).toEqual(["b", "c"]);
  });

  it("lets a COPIL validate again, the same day, a step re-opened that day", () => {
    const validated = [
      meeting("a", "2021-10-15", "validation-cadrage"),
      meeting("b", "2021-10-30", "validation-diagnostic"),
    ];
    const reopened = { ...reopening("diagnostic", "2021-11-12"), recordedAt: 100 };
    const sameDay = { ...meeting("c", "2021-11-12", "validation-diagnostic"), createdAt: 200 };
    const again = deriveDemarche([...validated, sameDay], {}, [reopened], "2021-11-12", CONVENTION);
    expect(again.steps[1]).toMatchObject({ state: "validee", validatedOn: "2021-11-12" });
    // Recorded before the re-opening, a meeting of that day is one the re-opening undoes.
    const before = deriveDemarche(
      [...validated, { ...sameDay, createdAt: 50 }],
      {},
      [reopened],
      "2021-11-12",
      CONVENTION,
    );
    expect(before.steps[1]?.state).toBe("en-cours");
  });

  it("keeps the first step not validated in progress when a later one was validated out of order", () => {
    expect(states([meeting("a", "2021-12-15", "signature")]).slice(0, 2)).toEqual(["en-cours", "a-venir"]);
    expect(states([meeting("a", "2021-12-15", "signature")])[DEMARCHE_STEPS.indexOf("signature")]).toBe("validee");
  });

  it("has nothing next once every step is validated, the bilan of the convention's last year included", () => {
    const all = Object.values(STEP_VALIDATIONS).flat();
    const lastBilan = meeting("z", "2025-12-10", "bilan-annuel");
    expect(deriveDemarche([meeting("a", "2021-12-15", ...all)], {}, [], "2023-01-01", CONVENTION).next).not.toBeNull();
    expect(
      deriveDemarche([meeting("a", "2021-12-15", ...all), lastBilan], {}, [], "2026-01-01", CONVENTION).next,
    ).toBeNull();
  });

  it("reads the free text of earlier clients as one free decision", () => {
    const input = { date: "2021-10-30", kind: "copil", title: "COPIL", decisions: " Plan validé. " };
    expect(MeetingInputSchema.parse(input).decisions).toEqual([{ kind: "libre", text: "Plan validé." }]);
    expect(MeetingInputSchema.parse({ ...input, decisions: "" }).decisions).toEqual([]);
  });
});

describe("the yearly evaluation, one bilan per year of the convention", () => {
  /** Every step up to the signature, validated by the COPIL of 15 December 2021. */
  const signed = meeting("s", "2021-12-15", ...DEMARCHE_STEPS.slice(0, -1).flatMap((step) => STEP_VALIDATIONS[step]));
  const bilan = (id: string, date: string, year?: number): Held => ({
    ...meeting(id, date),
    decisions: [{ kind: "bilan-annuel", text: "Le bilan annuel est validé.", ...(year ? { year } : {}) }],
  });
  const evaluation = (meetings: Held[], today: string) => {
    const demarche = deriveDemarche(meetings, {}, [], today, CONVENTION);
    return { demarche, step: demarche.steps.find((step) => step.step === "evaluation") };
  };

  it("stays in progress after the first bilan, naming the years validated and the one awaited", () => {
    const { demarche, step } = evaluation([signed, bilan("b", "2022-12-15")], "2023-01-10");
    expect(step).toMatchObject({ state: "en-cours", validatedOn: null, awaiting: ["bilan-annuel"] });
    // Signed in December 2021: the first bilan owed is 2022's.
    // Each year's bilan is due by the end of June after it, when no day was planned.
    expect(step?.yearly?.years).toEqual([
      { year: 2022, state: "valide", validatedOn: "2022-12-15", dueOn: "2023-06-30", late: false },
      { year: 2023, state: "attendu", validatedOn: null, dueOn: "2024-06-30", late: false },
      { year: 2024, state: "a-venir", validatedOn: null, dueOn: "2025-06-30", late: false },
      { year: 2025, state: "a-venir", validatedOn: null, dueOn: "2026-06-30", late: false },
    ]);
    expect(demarche.next).toEqual({
      step: "evaluation",
      awaiting: ["bilan-annuel"],
      plannedOn: null,
      year: 2023,
      late: false,
    });
  });

  it("awaits the first bilan of the year of the signature, or of the next one when signed from July", () => {
    expect(evaluation([signed], "2022-01-10").step?.yearly?.next).toBe(2022);
    expect(evaluation([signed], "2022-01-10").demarche.next?.year).toBe(2022);
    const signedInMarch = { ...signed, date: "2021-03-18" };
    expect(evaluation([signedInMarch], "2021-04-01").step?.yearly?.years[0]).toMatchObject({ year: 2021 });
    // Before the signature, the convention's first year.
    expect(evaluation([], "2021-04-01").step).toMatchObject({ state: "a-venir", yearly: { next: 2021 } });
  });

  it("plans the bilan awaited on the day the first was planned, as many years later, and says when it is late", () => {
    const planned = (meetings: Held[], today: string) =>
      deriveDemarche(meetings, { evaluation: "2022-12-15" }, [], today, CONVENTION).next;
    expect(planned([signed], "2022-01-10")).toMatchObject({ year: 2022, plannedOn: "2022-12-15", late: false });
    expect(planned([signed, bilan("b", "2022-12-15"), bilan("c", "2023-12-14")], "2024-02-01")).toMatchObject({
      year: 2024,
      plannedOn: "2024-12-15",
      late: false,
    });
    expect(planned([signed, bilan("b", "2022-12-15")], "2024-02-01")).toMatchObject({
      year: 2023,
      plannedOn: "2023-12-15",
      late: true,
    });
  });

  it("says which bilans are late, once their due day is past, and when the convention has ended", () => {
    const { demarche, step } = evaluation([signed, bilan("b", "2022-12-15")], "2026-12-04");
    expect(step?.yearly?.years.map(({ year, state, late }) => [year, state, late])).toEqual([
      [2022, "valide", false],
      [2023, "attendu", true],
      [2024, "a-venir", true],
      [2025, "a-venir", true],
    ]);
    expect(demarche.next).toMatchObject({ step: "evaluation", year: 2023, plannedOn: null, late: true });
    expect(demarche.endedOn).toBe("2025-12-31");
    // On the convention's last day it has not ended yet, and the bilan of 2025 is not due before June.
    const lastDay = evaluation([signed, bilan("b", "2022-12-15")], "2025-12-31");
    expect(lastDay.demarche.endedOn).toBeNull();
    // The last year, by the same day: from its first day to its last, and no longer once the convention has ended.
    expect(lastDay.demarche.inLastYear).toBe(true);
    expect(demarche.inLastYear).toBe(false);
    expect(evaluation([signed], "2025-01-01").demarche.inLastYear).toBe(true);
    expect(evaluation([signed], "2024-12-31").demarche.inLastYear).toBe(false);
    expect(lastDay.step?.yearly?.years.map((year) => year.late)).toEqual([false, true, true, false]);
    // A planned day moves every year's due day.
    const planned = deriveDemarche([signed], { evaluation: "2022-11-30" }, [], "2023-01-10", CONVENTION);
    expect(planned.steps.at(-1)?.yearly?.years.map((year) => [year.dueOn, year.late])).toEqual([
      ["2022-11-30", true],
      ["2023-11-30", false],
      ["2024-11-30", false],
      ["2025-11-30", false],
    ]);
  });

  it("reads the year a bilan names: a COPIL of March validates the year before", () => {
    const { step } = evaluation([signed, bilan("b", "2023-03-09", 2022)], "2023-04-01");
    expect(step?.yearly?.years[0]).toMatchObject({ year: 2022, state: "valide", validatedOn: "2023-03-09" });
    expect(step?.yearly?.next).toBe(2023);
  });

  it("is validated with the bilan of the last year, on its day, a year left without a bilan marked missing", () => {
    const meetings = [signed, bilan("b22", "2022-12-15"), bilan("b24", "2024-12-12"), bilan("b25", "2025-12-11")];
    const { demarche, step } = evaluation(meetings, "2026-01-05");
    expect(step).toMatchObject({ state: "validee", validatedOn: "2025-12-11", awaiting: [] });
    expect(step?.yearly?.years.map((year) => year.state)).toEqual(["valide", "manquant", "valide", "valide"]);
    expect(step?.yearly?.next).toBeNull();
    expect(demarche.next).toBeNull();
    // Before the last year's COPIL is held, the step is still in progress.
    expect(evaluation(meetings, "2025-12-10").step?.state).toBe("en-cours");
  });

  it("counts a year outside the convention for nothing", () => {
    const { step } = evaluation([signed, bilan("b", "2026-03-01", 2026)], "2026-04-01");
    expect(step?.yearly?.years.every((year) => year.state !== "valide")).toBe(true);
    expect(step?.state).toBe("en-cours");
  });

  it("takes a year on a bilan annuel only, and reads a decision recorded without one", () => {
    const input = { date: "2023-03-09", kind: "copil", title: "COPIL" };
    const decision = { kind: "bilan-annuel", text: "Bilan 2022 validé.", year: 2022 };
    expect(MeetingInputSchema.parse({ ...input, decisions: [decision] }).decisions).toEqual([decision]);
    const { year: _, ...withoutYear } = decision;
    expect(MeetingInputSchema.parse({ ...input, decisions: [withoutYear] }).decisions).toEqual([withoutYear]);
    const refused = MeetingInputSchema.safeParse({ ...input, decisions: [{ ...decision, kind: "avenant" }] });
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({
        path: ["decisions", 0, "year"],
        message: "decisionYearNotBilan",
      }),
    ]);
    expect(MeetingInputSchema.safeParse({ ...input, decisions: [{ ...decision, year: 22 }] }).success).toBe(false);
  });
});
