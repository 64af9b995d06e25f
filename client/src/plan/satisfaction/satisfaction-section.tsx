import { type OpenedSatisfactionView, periodYears, type SatisfactionQuestionnaireView } from "@atelier/shared";
import { useState } from "react";
import { satisfactionApi } from "../../api/satisfaction-api.ts";
import { t } from "../../i18n/text.ts";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { formatDate } from "../dates.ts";
import { SelectField } from "../fiche/live-field.tsx";
import { usePlan } from "../plan-context.ts";
import { QuestionnaireLinkPanel } from "./questionnaire-link-panel.tsx";
import { SatisfactionResults } from "./satisfaction-results.tsx";
import { useSatisfaction } from "./use-satisfaction.ts";
import "./satisfaction.css";

/** This year when the convention runs, else its nearest year: the bilan is written for the year just lived. */
function defaultYear(years: number[]): number {
  const now = new Date().getFullYear();
  return Math.min(Math.max(now, years[0] ?? now), years.at(-1) ?? now);
}

/**
 * The partners' yearly satisfaction questionnaire: the facilitator opens it for a year, shares its link and closes
 * it; facilitators, partners and observers see its results per question.
 */
export function SatisfactionSection() {
  const { space } = usePlan();
  const years = periodYears(space.period);
  const [year, setYear] = useState(() => defaultYear(years));
  const { state, reload } = useSatisfaction(year);

  return (
    <section className="plan-governance__block plan-governance__block--wide" aria-labelledby="satisfaction-title">
      <h3 id="satisfaction-title">{t.satisfaction.sectionTitle}</h3>
      <p className="muted">{t.satisfaction.sectionIntro}</p>
      {/* Its label shown (a compact field hides it, for tables), the field as wide as a year. */}
      <div className="satisfaction__year">
        <SelectField label={t.satisfaction.yearLabel} value={String(year)} onChange={(value) => setYear(Number(value))}>
          {years.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </SelectField>
      </div>
      {state.status === "loading" && <p role="status">{t.satisfaction.loadingResults}</p>}
      {state.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" && (
        <>
          <QuestionnaireState key={year} year={year} questionnaire={state.value.questionnaire} onChanged={reload} />
          {state.value.report && (
            <>
              <h4>{t.satisfaction.resultsTitle(year)}</h4>
              <SatisfactionResults report={state.value.report} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function questionnaireStatus({ closedAt, answers }: SatisfactionQuestionnaireView): string {
  const state = closedAt === null ? t.satisfaction.opened : t.satisfaction.closedOn(formatDate(closedAt));
  return `${state} · ${t.satisfaction.answers(answers)}`;
}

interface QuestionnaireStateProps {
  year: number;
  questionnaire: SatisfactionQuestionnaireView | null;
  onChanged: () => Promise<void>;
}

/** Whether the year's questionnaire is open, and the facilitator's buttons to open it, renew its link, close it. */
function QuestionnaireState({ year, questionnaire, onChanged }: QuestionnaireStateProps) {
  const { space, token, canEdit } = usePlan();
  const [opened, setOpened] = useState<OpenedSatisfactionView | null>(null);
  const { failure, run } = useAsyncAction();

  const open = () =>
    run(async () => {
      setOpened(await satisfactionApi.open(space.id, token, year));
      await onChanged();
    });
  const close = () =>
    run(async () => {
      await satisfactionApi.close(space.id, token, year);
      setOpened(null);
      await onChanged();
    });

  return (
    <div className="satisfaction-state">
      <p>{questionnaire === null ? t.satisfaction.notOpened(year) : questionnaireStatus(questionnaire)}</p>
      {canEdit && (
        <div className="actions">
          <button type="button" className="button button--primary" onClick={open}>
            {questionnaire === null
              ? t.satisfaction.open(year)
              : questionnaire.closedAt === null
                ? t.satisfaction.renewLink
                : t.satisfaction.reopen}
          </button>
          {questionnaire?.closedAt === null && (
            <button type="button" className="button" onClick={close}>
              {t.satisfaction.close}
            </button>
          )}
        </div>
      )}
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      {opened && <QuestionnaireLinkPanel opened={opened} onDismiss={() => setOpened(null)} />}
    </div>
  );
}
