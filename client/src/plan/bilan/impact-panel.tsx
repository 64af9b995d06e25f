import { type ImpactBilan, type IndicatorBilan, type IndicatorView, seriesOf } from "@atelier/shared";
import { type FormEvent, useId, useMemo, useState } from "react";
import { bilanApi } from "../../api/bilan-api.ts";
import { t } from "../../i18n/text.ts";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { BarChart } from "../evaluation/bar-chart.tsx";
import { usePlan } from "../plan-context.ts";
import { formatNumber } from "../validation.ts";

interface ImpactPanelProps {
  ficheId: string;
  indicator: IndicatorBilan;
  territorial: IndicatorView[];
  onChanged: () => Promise<void>;
}

/**
 * A fiche's indicator read against a figure of the territory: the facilitator picks the figure (a series of imported
 * years, linked by its latest), and both series show side by side over the years.
 */
export function ImpactPanel({ ficheId, indicator, territorial, onChanged }: ImpactPanelProps) {
  const { canEdit } = usePlan();
  const { impact } = indicator;
  return (
    <div className="bilan-impact">
      <h6>{t.bilan.impact(indicator.label)}</h6>
      {canEdit && <LinkForm ficheId={ficheId} indicator={indicator} territorial={territorial} onChanged={onChanged} />}
      {impact === null ? (
        !canEdit && <p className="muted">{t.bilan.notLinked}</p>
      ) : !impact.found ? (
        <p className="muted">{t.bilan.linkMissing}</p>
      ) : (
        <ImpactCharts indicator={indicator} impact={impact} />
      )}
    </div>
  );
}

/** The two series side by side: the fiche's indicator, then the territory's figure, each over its measured years. */
function ImpactCharts({ indicator, impact }: { indicator: IndicatorBilan; impact: ImpactBilan }) {
  const sides = [
    { side: "fiche", title: t.bilan.ficheSeries(indicator.label), unit: indicator.unit, tone: "indicator" },
    { side: "territory", title: t.bilan.territorySeries(impact.label), unit: impact.unit, tone: "year-2" },
  ] as const;
  return (
    <div className="plan-charts">
      {sides.map(({ side, title, unit, tone }) => (
        <BarChart
          key={side}
          title={title}
          rowHeader={t.bilan.seriesYear}
          series={[{ label: unit || t.bilan.seriesValue, tone }]}
          rows={impact.rows.flatMap((row) => {
            const value = row[side];
            return value === null ? [] : [{ label: String(row.year), values: [value] }];
          })}
          format={formatNumber}
          empty={t.bilan.noValues}
        />
      ))}
    </div>
  );
}

function LinkForm({ ficheId, indicator, territorial, onChanged }: ImpactPanelProps) {
  const { space, token, announce } = usePlan();
  const { failure, run } = useAsyncAction();
  const series = useMemo(() => seriesOf(territorial), [territorial]);
  const linkedId = indicator.impact?.territorialIndicatorId;
  const linked = series.find((each) => each.years.some((figure) => figure.id === linkedId));
  const [chosen, setChosen] = useState(linked?.latest.id ?? "");
  const selectId = useId();
  if (series.length === 0) return <p className="muted">{t.bilan.noTerritorial}</p>;

  async function change(action: () => Promise<unknown>, message: string) {
    if (!(await run(action))) return;
    announce(message);
    await onChanged();
  }

  function link(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    const key = { ficheId, indicatorId: indicator.id };
    void change(
      () => bilanApi.link(space.id, token, { ...key, territorialIndicatorId: chosen }),
      t.bilan.linked(indicator.label),
    );
  }

  return (
    <form className="bilan-link" onSubmit={link}>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t.bilan.territorialIndicator}
        </label>
        <select id={selectId} className="input" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t.bilan.noLink}</option>
          {series.map((each) => (
            <option key={each.key} value={each.latest.id}>
              {each.theme ? `${each.label} (${each.theme})` : each.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--small">
        {t.bilan.link}
      </button>
      {indicator.impact && (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() =>
            change(
              () => bilanApi.unlink(space.id, token, { ficheId, indicatorId: indicator.id }),
              t.bilan.unlinked(indicator.label),
            )
          }
        >
          {t.bilan.unlink}
        </button>
      )}
      {failure && (
        <p className="plan-error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
