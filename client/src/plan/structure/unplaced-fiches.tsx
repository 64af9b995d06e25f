import { type Fiche, updateFiche } from "@atelier/shared";
import { useId } from "react";
import { t } from "../../i18n/text.ts";
import { usePlan } from "../plan-context.ts";
import { FicheList } from "./fiche-list.tsx";

const TITLE_ID = "unplaced-title";

/** Where promoted cards land: fiches that no axis holds yet, each ready to be attached to one. */
export function UnplacedFiches({ fiches }: { fiches: Fiche[] }) {
  return (
    <section className="plan-axis plan-axis--unplaced" aria-labelledby={TITLE_ID}>
      <div className="plan-item-header">
        <h3 id={TITLE_ID} tabIndex={-1} className="plan-item-header__title">
          {t.plan.unplacedTitle}
        </h3>
      </div>
      <p className="muted">{t.plan.unplacedIntro}</p>
      <FicheList fiches={fiches} tools={(fiche) => <AttachSelect fiche={fiche} />} />
    </section>
  );
}

function AttachSelect({ fiche }: { fiche: Fiche }) {
  const { doc, snapshot, announce } = usePlan();
  const id = useId();
  if (snapshot.axes.length === 0) return null;

  function attach(axisId: string) {
    const axis = snapshot.axes.find((candidate) => candidate.id === axisId);
    if (!axis) return;
    updateFiche(doc, fiche.id, { axisId, objectiveId: null }, Date.now());
    announce(t.plan.attached(fiche.title, axis.title));
    // The fiche leaves this list with the focused select: the focus stays in the section it was in.
    document.getElementById(TITLE_ID)?.focus();
  }

  return (
    <span className="plan-attach">
      <label htmlFor={id}>
        {t.plan.attachLabel}
        <span className="visually-hidden"> {t.plan.attachWhich(fiche.title)}</span>
      </label>
      <select id={id} className="input plan-attach__select" value="" onChange={(event) => attach(event.target.value)}>
        <option value="">{t.plan.chooseAxis}</option>
        {snapshot.axes.map((axis) => (
          <option key={axis.id} value={axis.id}>
            {axis.title}
          </option>
        ))}
      </select>
    </span>
  );
}
