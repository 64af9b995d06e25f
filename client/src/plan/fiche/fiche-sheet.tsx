import { FICHE_DETAIL_FIELDS, type Fiche, ficheDescription } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { Heading } from "../heading.tsx";
import { usePlan } from "../plan-context.ts";
import { StatusBadge } from "../status-badge.tsx";
import { BudgetTable } from "./budget-table.tsx";
import { DescriptionEditor } from "./description-editor.tsx";
import { ficheLocation } from "./fiche-location.ts";
import { fieldLabel, fieldText, useFicheWords } from "./fiche-words.ts";
import { IndicatorValuesTable } from "./indicator-values-table.tsx";
import { IndicatorsTable } from "./indicators-table.tsx";
import { ProvenanceList } from "./provenance-list.tsx";
import "./fiche.css";

interface FicheSheetProps {
  fiche: Fiche;
  level: 2 | 4;
  titleId: string;
}

/** A whole fiche to read: for partners and observers, and for each fiche of the printable plan. */
export function FicheSheet({ fiche, level, titleId }: FicheSheetProps) {
  const { doc, snapshot } = usePlan();
  const sub = (level + 1) as 3 | 5;
  const description = ficheDescription(doc, fiche.id);
  const location = ficheLocation(fiche, snapshot);
  const words = useFicheWords();
  // The status shows as the badge by the title.
  const facts: [string, string][] = [
    [fieldLabel("axisId"), location.axis],
    [fieldLabel("objectiveId"), location.objective ?? "—"],
    ...FICHE_DETAIL_FIELDS.filter((field) => field.key !== "status").map((field): [string, string] => [
      fieldLabel(field.key),
      fieldText(field, fiche[field.key], words),
    ]),
  ];

  return (
    <article className="fiche-sheet" aria-labelledby={titleId}>
      <header className="fiche-sheet__header">
        <Heading level={level} id={titleId} tabIndex={-1}>
          {fiche.title}
        </Heading>
        <StatusBadge status={fiche.status} />
      </header>
      <dl className="fiche-sheet__facts">
        {facts.map(([term, detail]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      <Heading level={sub} id={`${titleId}-description`}>
        {t.plan.fiche.description}
      </Heading>
      {description && <DescriptionEditor fragment={description} labelledBy={`${titleId}-description`} readOnly />}
      <Heading level={sub}>{t.plan.fiche.budget}</Heading>
      <BudgetTable fiche={fiche} editable={false} />
      <Heading level={sub}>{t.plan.fiche.indicators}</Heading>
      <IndicatorsTable fiche={fiche} editable={false} />
      <IndicatorValuesTable
        fiches={[fiche]}
        editable={false}
        showFiche={false}
        caption={t.plan.values.ficheCaption(fiche.title)}
      />
      <Heading level={sub}>{t.plan.fiche.provenance}</Heading>
      <ProvenanceList sources={fiche.sources} />
    </article>
  );
}
