import type { YearlyEvaluation } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { formatDate } from "../../plan/dates.ts";

/**
 * The evaluation step's bilan of each year of the convention: validated, awaited, to come, or left without one; those
 * past their due day are marked late.
 */
export function YearlyBilans({ yearly, stepName }: { yearly: YearlyEvaluation; stepName: string }) {
  return (
    <ul className="demarche-bilans" aria-label={t.demarche.yearlyBilans(stepName)}>
      {yearly.years.map(({ year, state, validatedOn, late }) => (
        <li key={year} className={`demarche-bilan demarche-bilan--${state}`}>
          {/* A year still "to come" once its bilan is due reads as awaited: "à venir" and "en retard" would clash. */}
          {t.demarche.bilanYears[late && state === "a-venir" ? "attendu" : state](
            year,
            validatedOn ? formatDate(validatedOn) : "",
          )}
          {/* A missing bilan says it already; one awaited or to come says it is due. */}
          {late && state !== "manquant" && <span className="badge badge--warning">{t.demarche.late}</span>}
        </li>
      ))}
    </ul>
  );
}
