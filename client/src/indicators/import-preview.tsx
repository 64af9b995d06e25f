import { type ImportAnswer, INDICATOR_LEVELS } from "@atelier/shared";
import { type RefObject, useId } from "react";
import { t } from "../i18n/text.ts";
import { formatFigure } from "./figures.ts";
import { ImportSummaryList } from "./import-summary.tsx";

interface ImportPreviewProps {
  answer: ImportAnswer;
  /** Takes the focus when the preview arrives, so that keyboard and screen reader go on from it. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  importing: boolean;
  onConfirm: () => void;
  onBack: () => void;
}

/** What a mapped file would import, figure by figure, before anything is stored. */
export function ImportPreview({ answer, headingRef, importing, onConfirm, onBack }: ImportPreviewProps) {
  const titleId = useId();
  const figures = answer.preview ?? [];
  const words = t.indicators.import.preview;
  return (
    <section className="import-preview" aria-labelledby={titleId}>
      <h4 id={titleId} ref={headingRef} tabIndex={-1}>
        {words.title(figures.length)}
      </h4>
      {answer.summary && <ImportSummaryList summary={answer.summary} />}
      {/* Its cells wrap, and stack on a phone, rather than scroll: a scrolling box without a control needs a tab stop. */}
      <div className="import-preview__frame">
        <table className="import-preview__table">
          <caption>{words.caption}</caption>
          {/* Hidden on a phone, still read by screen readers: each cell keeps its column header. */}
          <thead className="narrow-hidden">
            <tr>
              <th scope="col">{t.indicators.columns.indicator}</th>
              <th scope="col">{t.indicators.columns.year}</th>
              {INDICATOR_LEVELS.map((level) => (
                <th key={level} scope="col">
                  {t.indicatorLevels[level]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <tr key={`${figure.theme}|${figure.label}|${figure.year}`}>
                <th scope="row">
                  {figure.label}
                  <span className="import-preview__theme">{figure.theme || t.indicators.noTheme}</span>
                </th>
                <td data-label={t.indicators.columns.year}>{figure.year}</td>
                {INDICATOR_LEVELS.map((level) => (
                  <td key={level} data-label={t.indicatorLevels[level]}>
                    {formatFigure(figure.values[level], figure.unit)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={importing || undefined}
          onClick={onConfirm}
        >
          {importing ? t.indicators.import.submitting : words.confirm(figures.length)}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {words.back}
        </button>
      </div>
    </section>
  );
}
