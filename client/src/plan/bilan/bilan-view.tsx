import { type IndicatorView, PROGRESS_COUNTED, periodYears, type YearBilan } from "@atelier/shared";
import { useId } from "react";
import { t } from "../../i18n/text.ts";
import { formatDate } from "../dates.ts";
import { usePlan } from "../plan-context.ts";
import { VIEW_TITLE_ID } from "../plan-paths.ts";
import { BilanDownload } from "./bilan-download.tsx";
import { BudgetFigures } from "./budget-figures.tsx";
import { FicheBilanCard } from "./fiche-bilan-card.tsx";
import { useBilan } from "./use-bilan.ts";
import { useBilanYear } from "./use-bilan-year.ts";
import "../evaluation/charts.css";
import "../evaluation/evaluation.css";
import "./bilan.css";

/** The yearly bilan for the COPIL: each fiche's progress and texts, its indicators against targets and the territory. */
export function BilanView() {
  const { space, canEdit } = usePlan();
  const [year, setYear] = useBilanYear(space.id, space.period);
  const { state, reload } = useBilan(year);
  const yearId = useId();

  return (
    <section className="plan-view" aria-labelledby={VIEW_TITLE_ID}>
      <div className="plan-view__head">
        <h2 id={VIEW_TITLE_ID} tabIndex={-1}>
          {t.bilan.title}
        </h2>
        <p className="muted">{canEdit ? t.bilan.introEditor : t.bilan.intro}</p>
      </div>
      <div className="bilan-toolbar">
        <div className="field">
          <label className="field__label" htmlFor={yearId}>
            {t.bilan.year}
          </label>
          <select id={yearId} className="input" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {periodYears(space.period).map((each) => (
              <option key={each} value={each}>
                {each}
              </option>
            ))}
          </select>
        </div>
        <BilanDownload year={year} />
      </div>
      {state.status === "loading" && <p role="status">{t.bilan.loading}</p>}
      {state.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" && (
        <YearBilanSections bilan={state.value.bilan} territorial={state.value.territorial} onChanged={reload} />
      )}
    </section>
  );
}

function YearBilanSections({
  bilan,
  territorial,
  onChanged,
}: {
  bilan: YearBilan;
  territorial: IndicatorView[];
  onChanged: () => Promise<void>;
}) {
  const fiches = bilan.axes.reduce((sum, axis) => sum + axis.fiches.length, 0);
  return (
    <>
      <h3 className="visually-hidden">{t.bilan.countsLabel}</h3>
      <dl className="plan-kpis bilan-kpis">
        {PROGRESS_COUNTED.map((progress) => (
          <div key={progress}>
            <dt>{t.bilan.progress[progress]}</dt>
            <dd>{bilan.counts[progress]}</dd>
          </div>
        ))}
      </dl>
      <BudgetFigures budget={bilan.budget} title={t.bilan.budgetOfYear(bilan.year)} level="h3" withUnreported />
      {fiches === 0 && <p className="plan-empty">{t.bilan.noFiches(bilan.year)}</p>}
      {bilan.axes.map((axis) => (
        <section key={axis.axis?.id ?? "unplaced"} className="bilan-axis">
          <h3>{axis.axis?.title ?? t.bilan.noAxis}</h3>
          {axis.fiches.map((fiche) => (
            <FicheBilanCard
              key={`${bilan.year}/${fiche.id}`}
              year={bilan.year}
              fiche={fiche}
              territorial={territorial}
              onChanged={onChanged}
            />
          ))}
        </section>
      ))}
      <section className="bilan-axis">
        <h3>{t.bilan.meetingsTitle}</h3>
        {bilan.meetings.length === 0 ? (
          <p className="muted">{t.bilan.noMeetings(bilan.year, t.demarche.decisionKinds["bilan-annuel"])}</p>
        ) : (
          <ul className="bilan-meetings">
            {bilan.meetings.map((meeting) => (
              <li key={meeting.id}>
                <strong>
                  {formatDate(meeting.date)} — {meeting.title}
                </strong>
                {meeting.decisions.map((decision) => (
                  <p key={decision}>{decision}</p>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
