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
  deriveDemarche(meetings, {}, reopenings, today).steps.map((step) => step.state);

describe("the démarche derived from the meetings' decisions", () => {
  it("starts with the preparation in progress and every other step to come", () => {
    const demarche = deriveDemarche([], { diagnostic: "2021-10-30" }, [], "2021-04-01");
    expect(demarche.steps.map((step) => step.state)).toEqual([
      "en-cours",
      ...DEMARCHE_STEPS.slice(1).map(() => "a-venir"),
    ]);
    expect(demarche.steps[1]).toMatchObject({ step: "diagnostic", plannedOn: "2021-10-30", validatedOn: null });
    expect(demarche.next).toEqual({ step: "preparation", awaiting: ["validation-cadrage"], plannedOn: null });
  });

  it("moves to the priorities once a COPIL validates the diagnostic, dated by that COPIL", () => {
    const meetings = [
      meeting("a", "2021-10-15", "validation-cadrage"),
      meeting("b", "2021-10-30", "validation-diagnostic"),
    ];
    const demarche = deriveDemarche(meetings, {}, [], "2021-11-01");
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
    );
    expect(demarche.steps.find((step) => step.step === "plan-definitif")).toMatchObject({
      state: "validee",
      validatedOn: "2021-12-02",
      awaiting: [],
    });
    expect(STEP_VALIDATIONS["plan-definitif"]).toEqual(["validation-plan", "validation-evaluation"]);
  });

  it("does not count the decisions of a meeting yet to be held, and lists it among the next meetings", () => {
    const demarche = deriveDemarche([meeting("a", "2021-10-15", "validation-cadrage")], {}, [], "2021-10-01");
    expect(demarche.steps[0]?.state).toBe("en-cours");
    expect(demarche.upcoming).toEqual([{ id: "a", kind: "copil", date: "2021-10-15", title: "COPIL a" }]);
  });

  it("re-opens a step: the decisions held up to the re-opening no longer count, a later one validates it again", () => {
    const validated = [
      meeting("a", "2021-10-15", "validation-cadrage"),
      meeting("b", "2021-10-30", "validation-diagnostic"),
    ];
    const reopened = deriveDemarche(validated, {}, [reopening("diagnostic", "2021-10-30")], "2021-11-10");
    expect(reopened.steps[1]).toMatchObject({ state: "en-cours", validatedOn: null, meetings: [{ id: "b" }] });
    expect(reopened.steps[1]?.reopenings).toHaveLength(1);
    expect(reopened.next?.step).toBe("diagnostic");

    const again = deriveDemarche(
      [...validated, meeting("c", "2021-11-12", "validation-diagnostic")],
      {},
      [reopening("diagnostic", "2021-10-30")],
      "2021-11-20",
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
    const again = deriveDemarche([...validated, sameDay], {}, [reopened], "2021-11-12");
    expect(again.steps[1]).toMatchObject({ state: "validee", validatedOn: "2021-11-12" });
    // Recorded before the re-opening, a meeting of that day is one the re-opening undoes.
    const before = deriveDemarche([...validated, { ...sameDay, createdAt: 50 }], {}, [reopened], "2021-11-12");
    expect(before.steps[1]?.state).toBe("en-cours");
  });

  it("keeps the first step not validated in progress when a later one was validated out of order", () => {
    expect(states([meeting("a", "2021-12-15", "signature")]).slice(0, 2)).toEqual(["en-cours", "a-venir"]);
    expect(states([meeting("a", "2021-12-15", "signature")])[DEMARCHE_STEPS.indexOf("signature")]).toBe("validee");
  });

  it("has nothing next once every step is validated", () => {
    const all = Object.values(STEP_VALIDATIONS).flat();
    expect(deriveDemarche([meeting("a", "2021-12-15", ...all)], {}, [], "2023-01-01").next).toBeNull();
  });

  it("reads the free text of earlier clients as one free decision", () => {
    const input = { date: "2021-10-30", kind: "copil", title: "COPIL", decisions: " Plan validé. " };
    expect(MeetingInputSchema.parse(input).decisions).toEqual([{ kind: "libre", text: "Plan validé." }]);
    expect(MeetingInputSchema.parse({ ...input, decisions: "" }).decisions).toEqual([]);
  });
});
