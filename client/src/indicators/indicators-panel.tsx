import { type IndicatorCorrection, type IndicatorView, sameTheme, seriesOf, themesOf } from "@atelier/shared";
import { useCallback, useId, useMemo, useState } from "react";
import { indicatorsApi } from "../api/indicators-api.ts";
import { t } from "../i18n/text.ts";
import { Field } from "../ui/field.tsx";
import { ImportForm } from "./import-form.tsx";
import { IndicatorsTable } from "./indicators-table.tsx";
import { useIndicators } from "./use-indicators.ts";
import "./indicators.css";

interface IndicatorsPanelProps {
  spaceId: string;
  /** Any token of the space reads the figures; importing and correcting need the facilitator secret. */
  token: string;
  /** Facilitators: `token` is then the facilitator secret, and the panel offers to import and to correct. */
  canImport: boolean;
  /** On a thematic board, only that theme's figures (no filter then); case and accents aside, as files vary. */
  theme?: string;
}

const NO_INDICATORS: IndicatorView[] = [];
const ALL_THEMES = "tous";
const themeOption = (theme: string) => `theme:${theme}`;

/** The territory's figures next to the département's and France's, as a diagnostic starts from them. */
export function IndicatorsPanel({ spaceId, token, canImport, theme }: IndicatorsPanelProps) {
  const { state, reload, put } = useIndicators(spaceId, token);
  // null: every theme. A theme may be "" (the import's theme column is optional), hence not "" for "all".
  const [chosenTheme, setChosenTheme] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const titleId = useId();
  const indicators = state.status === "ready" ? state.indicators : NO_INDICATORS;
  const themes = useMemo(() => themesOf(indicators), [indicators]);
  const shownTheme = theme ?? (chosenTheme !== null && themes.includes(chosenTheme) ? chosenTheme : null);
  const series = useMemo(
    () => seriesOf(shownTheme === null ? indicators : indicators.filter((one) => sameTheme(one.theme, shownTheme))),
    [indicators, shownTheme],
  );

  const correct = useCallback(
    async (indicatorId: string, correction: IndicatorCorrection) => {
      const corrected = await indicatorsApi.correct(spaceId, token, indicatorId, correction);
      put(corrected);
      setAnnouncement(t.indicators.correction.done(corrected.label, corrected.year));
    },
    [spaceId, token, put],
  );

  return (
    <section className="indicators" aria-labelledby={titleId}>
      <header className="indicators__header">
        <h2 id={titleId}>{theme ? `${t.indicators.title} · ${theme}` : t.indicators.title}</h2>
        <p className="muted">{t.indicators.intro}</p>
      </header>

      {state.status === "loading" && <p role="status">{t.indicators.loading}</p>}
      {state.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" && indicators.length === 0 && (
        <p className="indicators__empty">
          {t.indicators.empty} {canImport && t.indicators.emptyForImport}
        </p>
      )}

      {theme === undefined && themes.length > 1 && (
        <Field label={t.indicators.themeFilter} className="indicators__filter">
          {(control) => (
            <select
              className="input"
              {...control}
              value={shownTheme === null ? ALL_THEMES : themeOption(shownTheme)}
              onChange={(event) =>
                setChosenTheme(themes.find((known) => themeOption(known) === event.target.value) ?? null)
              }
            >
              <option value={ALL_THEMES}>{t.indicators.allThemes}</option>
              {themes.map((known) => (
                <option key={known} value={themeOption(known)}>
                  {known || t.indicators.noTheme}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <p className="indicators__announcement" role="status">
        {announcement}
      </p>

      {series.length > 0 && (
        <>
          <p className="indicators__legend">{t.indicators.gapLegend}</p>
          <IndicatorsTable
            series={series}
            showThemes={shownTheme === null && themes.length > 1}
            onCorrect={canImport ? correct : undefined}
          />
        </>
      )}
      {state.status === "ready" && indicators.length > 0 && series.length === 0 && (
        <p className="indicators__empty">{t.indicators.emptyTheme}</p>
      )}

      {canImport && <ImportForm spaceId={spaceId} secret={token} onImported={reload} />}
    </section>
  );
}
