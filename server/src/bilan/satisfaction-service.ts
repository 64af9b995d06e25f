import {
  aggregateSatisfaction,
  type OpenedSatisfactionView,
  SATISFACTION_QUESTIONS,
  type SatisfactionAnswer,
  type SatisfactionFormView,
  type SatisfactionQuestionnaireView,
  type SatisfactionReport,
} from "@atelier/shared";
import { type Outcome, refused } from "../outcome.ts";
import { hashSecret, newId, newSecret } from "../spaces/secrets.ts";
import type { QuestionnaireRecord } from "../store/satisfaction-store.ts";
import type { Store } from "../store/store.ts";

function questionnaireView({ year, questions, openedAt, closedAt, answers }: QuestionnaireRecord) {
  return { year, questions, openedAt, closedAt, answers } satisfies SatisfactionQuestionnaireView;
}

/**
 * The partners' yearly satisfaction questionnaire: the facilitator opens it for a year and shares its link; whoever
 * holds the link answers without an account; the results go into the bilan annuel, per question and unsigned.
 */
export class SatisfactionService {
  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
  }

  async questionnaires(spaceId: string): Promise<SatisfactionQuestionnaireView[]> {
    return (await this.store.satisfaction.list(spaceId)).map(questionnaireView);
  }

  /** Opens the year's questionnaire; opened again, it gets a new link (the former stops working), answers kept. */
  async open(spaceId: string, year: number, now = Date.now()): Promise<Outcome<OpenedSatisfactionView>> {
    const space = await this.store.spaces.get(spaceId);
    if (!space) return refused(404, "spaceNotFound");
    if (!Number.isInteger(year) || year < space.periodStart || year > space.periodEnd) {
      return refused(400, "questionnaireYearOutsidePeriod", { start: space.periodStart, end: space.periodEnd });
    }
    const token = newSecret();
    const record = await this.store.satisfaction.open({
      spaceId,
      year,
      questions: [...SATISFACTION_QUESTIONS],
      tokenHash: hashSecret(token),
      openedAt: now,
    });
    return { ok: true, value: { ...questionnaireView(record), token } };
  }

  /** Closing twice changes nothing: the first closing's date stays. */
  async close(spaceId: string, year: number, now = Date.now()): Promise<Outcome<SatisfactionQuestionnaireView>> {
    await this.store.satisfaction.close(spaceId, year, now);
    const record = await this.store.satisfaction.find(spaceId, year);
    return record ? { ok: true, value: questionnaireView(record) } : refused(404, "noQuestionnaire", { year });
  }

  /** What the link shows: the questions and the space's name, nothing of anyone's answers. */
  async form(token: string): Promise<Outcome<SatisfactionFormView>> {
    const found = await this.openQuestionnaire(token);
    if (!found.ok) return found;
    const { spaceId, year, questions } = found.value;
    const space = await this.store.spaces.get(spaceId);
    if (!space) return refused(404, "questionnaireLinkUnknown");
    return { ok: true, value: { spaceId, spaceName: space.name, year, questions } };
  }

  async answer(token: string, answer: SatisfactionAnswer): Promise<Outcome<{ recorded: true }>> {
    const found = await this.openQuestionnaire(token);
    if (!found.ok) return found;
    const { spaceId, year } = found.value;
    // The random id orders the answers: their order says nothing of when each came.
    if (!(await this.store.satisfaction.addAnswer(spaceId, year, newId(), answer)))
      return refused(410, "questionnaireClosed");
    return { ok: true, value: { recorded: true } };
  }

  /** The year's results as the bilan annuel shows them: per question, withheld below the minimum of answers. */
  async satisfactionResults(spaceId: string, year: number): Promise<Outcome<SatisfactionReport>> {
    const record = await this.store.satisfaction.find(spaceId, year);
    if (!record) return refused(404, "noQuestionnaire", { year });
    const answers = await this.store.satisfaction.answers(spaceId, year);
    return {
      ok: true,
      value: { year, closedAt: record.closedAt, ...aggregateSatisfaction(record.questions, answers) },
    };
  }

  private async openQuestionnaire(token: string): Promise<Outcome<QuestionnaireRecord>> {
    const record = await this.store.satisfaction.findByTokenHash(hashSecret(token));
    if (!record) return refused(404, "questionnaireLinkUnknown");
    return record.closedAt === null ? { ok: true, value: record } : refused(410, "questionnaireClosed");
  }
}
