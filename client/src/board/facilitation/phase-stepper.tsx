import { enterPhase, PHASES, type Phase } from "@atelier/shared";
import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";

interface PhaseStepperProps {
  doc: Y.Doc;
  phase: Phase;
  canControl: boolean;
}

/** Where the workshop stands, for everyone; facilitators move it on by choosing a step, which opens or closes the vote. */
export function PhaseStepper({ doc, phase, canControl }: PhaseStepperProps) {
  const { label, hint } = t.facilitation.phases[phase];
  return (
    <section className="phases" aria-labelledby="phases-title">
      <h3 id="phases-title" className="visually-hidden">
        {t.facilitation.phasesTitle}
      </h3>
      <ol className="phases__steps">
        {PHASES.map((step, index) => {
          const current = step === phase;
          const content = (
            <>
              <span className="phases__number" aria-hidden="true">
                {index + 1}
              </span>
              {t.facilitation.phases[step].label}
            </>
          );
          return (
            // On a phone, those who cannot change the step see only the current one; the list is still read out.
            <li
              key={step}
              className={`phases__step${current ? " phases__step--current" : canControl ? "" : " narrow-hidden"}`}
            >
              {canControl ? (
                <button
                  type="button"
                  className="phases__button"
                  aria-current={current ? "step" : undefined}
                  title={current ? hint : t.facilitation.goToPhase(t.facilitation.phases[step].label)}
                  onClick={() => enterPhase(doc, step)}
                >
                  {content}
                </button>
              ) : (
                <span className="phases__name" aria-current={current ? "step" : undefined}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="phases__hint" title={hint}>
        <strong className="narrow-hidden">{t.facilitation.phaseHintLead(label)}</strong> {hint}
      </p>
    </section>
  );
}
