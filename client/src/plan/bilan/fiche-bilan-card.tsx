import type { FicheBilan, IndicatorBilan, IndicatorView } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { formatFigure } from "../../indicators/figures.ts";
import { usePlan } from "../plan-context.ts";
import { TableScroll } from "../table-scroll.tsx";
import { BudgetFigures } from "./budget-figures.tsx";
import { EntryForm } from "./entry-form.tsx";
import { ImpactPanel } from "./impact-panel.tsx";

interface FicheBilanCardProps {
  year: number;
  fiche: FicheBilan;
  territorial: IndicatorView[];
  onChanged: () => Promise<void>;
}

/** One fiche in the year's bilan: its progress and texts, its indicators against their targets and the territory. */
export function FicheBilanCard({ year, fiche, territorial, onChanged }: FicheBilanCardProps) {
  const { canEdit } = usePlan();
  return (
    <article className="bilan-fiche" data-testid={`bilan-fiche-${fiche.id}`}>
      <h4>{fiche.title}</h4>
      {fiche.outsideCalendar && <p className="muted bilan-fiche__note">{t.bilan.outsideCalendar(year)}</p>}
      {fiche.pilot && <p className="muted">{t.bilan.pilot(fiche.pilot)}</p>}
      {canEdit ? <EntryForm year={year} fiche={fiche} onSaved={onChanged} /> : <EntryText fiche={fiche} />}
      {!canEdit && <BudgetFigures budget={fiche.budget} title={t.bilan.budgetOfYear(year)} level="h5" />}
      {fiche.indicators.length > 0 && (
        <>
          <h5>{t.bilan.indicators}</h5>
          <IndicatorsTable year={year} fiche={fiche} />
          {fiche.indicators.map((indicator) => (
            <ImpactPanel
              key={indicator.id}
              ficheId={fiche.id}
              indicator={indicator}
              territorial={territorial}
              onChanged={onChanged}
            />
          ))}
        </>
      )}
    </article>
  );
}

function EntryText({ fiche }: { fiche: FicheBilan }) {
  const { entry } = fiche;
  if (!entry) return <p className="muted">{t.bilan.notAssessed}</p>;
  const texts = [
    [t.bilan.assessment, entry.assessment],
    [t.bilan.difficulties, entry.difficulties],
    [t.bilan.adjustments, entry.adjustments],
  ] as const;
  return (
    <dl className="bilan-entry">
      <div>
        <dt>{t.bilan.progressLabel}</dt>
        <dd>{t.bilan.progress[entry.progress]}</dd>
      </div>
      {texts.map(([label, text]) =>
        text ? (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

const reachedText = (indicator: IndicatorBilan) =>
  indicator.reached === null ? "—" : indicator.reached ? t.bilan.yes : t.bilan.no;

function IndicatorsTable({ year, fiche }: { year: number; fiche: FicheBilan }) {
  const caption = `${t.bilan.indicators} — ${fiche.title}`;
  return (
    <TableScroll label={caption}>
      <table className="plan-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.bilan.indicator}</th>
            <th scope="col" className="plan-table__number">
              {t.bilan.target}
            </th>
            <th scope="col" className="plan-table__number">
              {t.bilan.value(year)}
            </th>
            <th scope="col">{t.bilan.reached}</th>
          </tr>
        </thead>
        <tbody>
          {fiche.indicators.map((indicator) => (
            <tr key={indicator.id}>
              <th scope="row">{indicator.label}</th>
              <td className="plan-table__number">{formatFigure(indicator.target, indicator.unit)}</td>
              <td className="plan-table__number">{formatFigure(indicator.value, indicator.unit)}</td>
              <td>{reachedText(indicator)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
