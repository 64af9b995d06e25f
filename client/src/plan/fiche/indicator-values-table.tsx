import { type Fiche, type Indicator, periodYears, setIndicatorValue } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { usePlan } from "../plan-context.ts";
import { TableScroll } from "../table-scroll.tsx";
import { formatNumber } from "../validation.ts";
import { LiveNumber } from "./live-field.tsx";

interface IndicatorValuesTableProps {
  fiches: Fiche[];
  editable: boolean;
  caption: string;
  /** Several fiches: each row says which fiche its indicator belongs to. */
  showFiche: boolean;
}

/** The yearly evaluation: one row per indicator, one column per year of the CTG, the measured value in each cell. */
export function IndicatorValuesTable({ fiches, editable, caption, showFiche }: IndicatorValuesTableProps) {
  const { doc, space } = usePlan();
  const years = periodYears(space.period);
  const rows = fiches.flatMap((fiche) => fiche.indicators.map((indicator) => ({ fiche, indicator })));
  if (rows.length === 0) return null;

  const commit = (fiche: Fiche, indicator: Indicator, year: number, value: number | null) => {
    setIndicatorValue(doc, fiche.id, indicator.id, year, value);
    return null;
  };

  return (
    <TableScroll label={caption}>
      <table className="plan-table plan-table--values">
        <caption className="plan-table__caption">{caption}</caption>
        <thead>
          <tr>
            {showFiche && <th scope="col">{t.plan.values.fiche}</th>}
            <th scope="col">{t.plan.values.indicator}</th>
            <th scope="col" className="plan-table__number">
              {t.plan.indicators.target}
            </th>
            {years.map((year) => (
              <th key={year} scope="col" className="plan-table__number">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ fiche, indicator }) => (
            <tr key={`${fiche.id}/${indicator.id}`}>
              {showFiche && <td>{fiche.title}</td>}
              <th scope="row">
                {indicator.label}
                {indicator.unit && <span className="muted"> ({indicator.unit})</span>}
              </th>
              <td className="plan-table__number">{formatNumber(indicator.target) || "—"}</td>
              {years.map((year) => {
                const value = indicator.values[String(year)] ?? null;
                return (
                  <td key={year} className="plan-table__number">
                    {editable ? (
                      <LiveNumber
                        compact
                        label={t.plan.values.cellLabel(indicator.label, year)}
                        value={value}
                        commit={(typed) => commit(fiche, indicator, year, typed)}
                      />
                    ) : (
                      formatNumber(value) || "—"
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
