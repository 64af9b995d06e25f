import { deleteFiche, type Fiche, ficheDescription } from "@atelier/shared";
import type { ReactNode } from "react";
import { useLocation } from "wouter";
import { t } from "../../i18n/text.ts";
import { planPath } from "../../routes.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { usePlan } from "../plan-context.ts";
import { VIEW_TITLE_ID } from "../plan-paths.ts";
import { StatusBadge } from "../status-badge.tsx";
import { BudgetTable } from "./budget-table.tsx";
import { DescriptionEditor } from "./description-editor.tsx";
import { FicheFieldsGroup } from "./fiche-fields.tsx";
import { ficheLocation } from "./fiche-location.ts";
import { IndicatorValuesTable } from "./indicator-values-table.tsx";
import { IndicatorsTable } from "./indicators-table.tsx";
import { ProvenanceList } from "./provenance-list.tsx";
import "./fiche.css";

/** Every field of a fiche action, written live into the shared plan for everyone who has it open. */
export function FicheEditor({ fiche }: { fiche: Fiche }) {
  const { doc, space, snapshot, announce } = usePlan();
  const [, navigate] = useLocation();
  const description = ficheDescription(doc, fiche.id);
  const location = ficheLocation(fiche, snapshot);
  const groups = t.ficheFields.groups;

  async function remove() {
    deleteFiche(doc, fiche.id);
    announce(t.plan.fiche.deleted(fiche.title));
    navigate(planPath(space.id));
  }

  return (
    <article className="fiche" aria-labelledby={VIEW_TITLE_ID}>
      <header className="fiche__header">
        <p className="eyebrow">
          {location.axis}
          {location.objective && ` · ${location.objective}`}
        </p>
        <div className="fiche__title-row">
          <h2 id={VIEW_TITLE_ID} tabIndex={-1}>
            {fiche.title}
          </h2>
          <StatusBadge status={fiche.status} />
        </div>
      </header>

      <div className="fiche__columns">
        <FicheSection id="fiche-identity" title={groups.identity}>
          <FicheFieldsGroup fiche={fiche} group="placement" />
          <FicheFieldsGroup fiche={fiche} group="identity" />
        </FicheSection>
        {(["delivery", "calendar", "links"] as const).map((group) => (
          <FicheSection key={group} id={`fiche-${group}`} title={groups[group]}>
            <FicheFieldsGroup fiche={fiche} group={group} />
          </FicheSection>
        ))}
      </div>

      <FicheSection id="fiche-description" title={t.plan.fiche.description}>
        {description && <DescriptionEditor fragment={description} labelledBy="fiche-description" readOnly={false} />}
      </FicheSection>

      <FicheSection id="fiche-budget" title={t.plan.fiche.budget}>
        <BudgetTable fiche={fiche} editable />
      </FicheSection>

      <FicheSection id="fiche-evaluation" title={groups.evaluation}>
        <p className="field__hint">{t.ficheFields.evaluationNote(t.demarche.decisionKinds["validation-evaluation"])}</p>
        <FicheFieldsGroup fiche={fiche} group="evaluation" />
      </FicheSection>

      <FicheSection id="fiche-indicators" title={t.plan.fiche.indicators}>
        <IndicatorsTable fiche={fiche} editable />
        <IndicatorValuesTable
          fiches={[fiche]}
          editable
          showFiche={false}
          caption={t.plan.values.ficheCaption(fiche.title)}
        />
      </FicheSection>

      <FicheSection id="fiche-provenance" title={t.plan.fiche.provenance}>
        <ProvenanceList sources={fiche.sources} />
      </FicheSection>

      <div className="fiche__danger plan-edit-only">
        <ConfirmButton
          label={t.plan.fiche.delete}
          accessibleLabel={t.plan.fiche.deleteLabel(fiche.title)}
          question={t.plan.fiche.confirmDelete}
          confirmLabel={t.plan.fiche.delete}
          onConfirm={remove}
        />
      </div>
    </article>
  );
}

function FicheSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="fiche__section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
