import type { YearlyEvaluation } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { formatDate } from "../../plan/dates.ts";

/** The evaluation step's bilan of each year of the convention: validated, awaited, to come, or left without one. */
export function YearlyBilans({ yearly, stepName }: { yearly: YearlyEvaluation; stepName: string }) {
  return (
    <ul className="demarche-bilans" aria-label={t.demarche.yearlyBilans(stepName)}>
      {yearly.years.map(({ year, state, validatedOn }) => (
        <li key={year} className={`demarche-bilan demarche-bilan--${state}`}>
          {t.demarche.bilanYears[state](year, validatedOn ? formatDate(validatedOn) : "")}
        </li>
      ))}
    </ul>
  );
}
