import { DEFAULT_THEMES, type ImportAnswer, type ImportMapping, type ImportRefusal } from "@atelier/shared";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { indicatorsApi } from "../api/indicators-api.ts";
import { t } from "../i18n/text.ts";
import { Field } from "../ui/field.tsx";
import { useAsyncAction } from "../ui/use-async-action.ts";
import {
  draftOf,
  type MappingDraft,
  type MappingField,
  type MappingProblem,
  type MeasureDraft,
  mappingOf,
  offeredMeasures,
} from "./import-mapping-draft.ts";
import { ImportPreview } from "./import-preview.tsx";
import "./import-mapping.css";

interface ImportMappingStepProps {
  spaceId: string;
  secret: string;
  file: File;
  /** The server's answer to the file alone: its columns, and its guess of what they hold. */
  refusal: ImportRefusal;
  onImported: (answer: ImportAnswer) => Promise<void>;
  onCancel: () => void;
}

/** Themes offered for an indicator: the default boards', and the territory's overall figures. */
const THEME_SUGGESTIONS = ["Général", ...DEFAULT_THEMES.map(({ theme }) => theme)];

/**
 * A file the atelier does not recognise: the facilitator says which column locates each row, which one dates it, and
 * which ones become which indicators; the server then previews what it would import, and imports it on confirmation.
 */
export function ImportMappingStep({ spaceId, secret, file, refusal, onImported, onCancel }: ImportMappingStepProps) {
  const [draft, setDraft] = useState<MappingDraft>(() => draftOf(refusal.columns ?? [], refusal.suggestion, file.name));
  const [problem, setProblem] = useState<{ field: MappingField; problem: MappingProblem } | null>(null);
  const [preview, setPreview] = useState<{ answer: ImportAnswer; mapping: ImportMapping } | null>(null);
  const [busy, setBusy] = useState(false);
  const { failure, run } = useAsyncAction();
  const form = useRef<HTMLFormElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const ids = { title: useId(), themes: useId(), year: useId(), measures: useId(), measuresError: useId() };
  const words = t.indicators.import.mapping;
  const offered = offeredMeasures(draft);
  const columns = refusal.columns ?? [];

  useEffect(() => title.current?.focus(), []);
  useEffect(() => {
    if (problem) form.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(problem.field)}"]`)?.focus();
  }, [problem]);
  useEffect(() => {
    if (preview) previewTitle.current?.focus();
  }, [preview]);

  /** Any change makes the preview stale: it goes, and the facilitator asks for it again. */
  function change(next: Partial<MappingDraft>) {
    setDraft((current) => ({ ...current, ...next }));
    setPreview(null);
    setProblem(null);
  }

  function changeMeasure(column: string, next: Partial<MeasureDraft>) {
    change({ measures: draft.measures.map((one) => (one.column === column ? { ...one, ...next } : one)) });
  }

  async function showPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const mapped = mappingOf(draft);
    if (!mapped.ok) {
      setProblem({ field: mapped.field, problem: mapped.problem });
      return;
    }
    setBusy(true);
    await run(async () => {
      const options = { mapping: mapped.mapping, preview: true };
      setPreview({ answer: await indicatorsApi.importFile(spaceId, secret, file, options), mapping: mapped.mapping });
    });
    setBusy(false);
  }

  async function confirm() {
    if (busy || !preview) return;
    setBusy(true);
    await run(async () =>
      onImported(await indicatorsApi.importFile(spaceId, secret, file, { mapping: preview.mapping })),
    );
    setBusy(false);
  }

  const errorOf = (field: MappingField) => (problem?.field === field ? words.problems[problem.problem] : undefined);
  const columnOptions = (
    <>
      <option value="">{words.choose}</option>
      {columns.map(({ name, samples }) => (
        <option key={name} value={name}>
          {words.option(name, samples)}
        </option>
      ))}
    </>
  );

  return (
    <section className="panel indicators-import import-mapping" aria-labelledby={ids.title}>
      <h3 id={ids.title} ref={title} tabIndex={-1}>
        {words.title}
      </h3>
      <p className="muted">{words.intro(file.name)}</p>
      <form ref={form} className="import-mapping__form" onSubmit={showPreview} noValidate>
        <div className="import-mapping__places">
          <Field label={words.territoryLabel} hint={words.territoryHint} error={errorOf("territoryColumn")}>
            {(control) => (
              <select
                className="input"
                data-field="territoryColumn"
                {...control}
                value={draft.territoryColumn}
                onChange={(event) => change({ territoryColumn: event.target.value })}
              >
                {columnOptions}
              </select>
            )}
          </Field>
          <fieldset className="import-mapping__year">
            <legend className="field__label">{words.yearLegend}</legend>
            <div className="import-mapping__year-choice">
              <input
                type="radio"
                id={`${ids.year}-column`}
                name={ids.year}
                checked={draft.yearMode === "column"}
                onChange={() => change({ yearMode: "column" })}
              />
              <label htmlFor={`${ids.year}-column`}>{words.yearFromColumn}</label>
              <select
                className="input"
                data-field="yearColumn"
                aria-label={words.yearColumnLabel}
                aria-invalid={errorOf("yearColumn") ? true : undefined}
                disabled={draft.yearMode !== "column"}
                value={draft.yearColumn}
                onChange={(event) => change({ yearColumn: event.target.value })}
              >
                {columnOptions}
              </select>
            </div>
            <div className="import-mapping__year-choice">
              <input
                type="radio"
                id={`${ids.year}-fixed`}
                name={ids.year}
                checked={draft.yearMode === "fixed"}
                onChange={() => change({ yearMode: "fixed" })}
              />
              <label htmlFor={`${ids.year}-fixed`}>{words.yearFixed}</label>
              <input
                className="input import-mapping__fixed-year"
                data-field="fixedYear"
                inputMode="numeric"
                aria-label={words.yearFixedLabel}
                aria-invalid={errorOf("fixedYear") ? true : undefined}
                disabled={draft.yearMode !== "fixed"}
                value={draft.fixedYear}
                onChange={(event) => change({ fixedYear: event.target.value })}
              />
            </div>
            {(errorOf("yearColumn") ?? errorOf("fixedYear")) && (
              <p className="field__error">{errorOf("yearColumn") ?? errorOf("fixedYear")}</p>
            )}
          </fieldset>
          <Field label={words.sourceLabel} hint={words.sourceHint}>
            {(control) => (
              <input
                className="input"
                {...control}
                maxLength={300}
                value={draft.source}
                onChange={(event) => change({ source: event.target.value })}
              />
            )}
          </Field>
        </div>

        <fieldset
          className="import-mapping__measures"
          aria-describedby={
            problem?.field === "measures" || problem?.problem === "noLabel" ? ids.measuresError : undefined
          }
        >
          <legend className="field__label">{words.measuresLegend}</legend>
          <p className="field__hint">{words.measuresHint}</p>
          <MeasuresTable measures={offered} themesListId={ids.themes} problem={problem} onChange={changeMeasure} />
          {(problem?.field === "measures" || problem?.problem === "noLabel") && (
            <p className="field__error" id={ids.measuresError}>
              {words.problems[problem.problem]}
            </p>
          )}
          <datalist id={ids.themes}>
            {THEME_SUGGESTIONS.map((theme) => (
              <option key={theme} value={theme} />
            ))}
          </datalist>
        </fieldset>

        {failure && (
          <div className="alert alert--error" role="alert">
            <p>{t.indicators.import.refused}</p>
            <p className="indicators-import__error">{failure}</p>
          </div>
        )}
        {!preview && (
          <div className="actions">
            <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
              {busy ? words.previewing : words.preview}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {words.cancel}
            </button>
          </div>
        )}
      </form>
      {preview && (
        <ImportPreview
          answer={preview.answer}
          headingRef={previewTitle}
          importing={busy}
          onConfirm={confirm}
          onBack={() => {
            setPreview(null);
            form.current?.querySelector<HTMLElement>('[data-field="territoryColumn"]')?.focus();
          }}
        />
      )}
    </section>
  );
}

interface MeasuresTableProps {
  measures: MeasureDraft[];
  themesListId: string;
  problem: { field: MappingField; problem: MappingProblem } | null;
  onChange: (column: string, next: Partial<MeasureDraft>) => void;
}

/** One row per column of the file: imported or not, and as which indicator. */
function MeasuresTable({ measures, themesListId, problem, onChange }: MeasuresTableProps) {
  const words = t.indicators.import.mapping;
  return (
    <div className="import-mapping__scroller">
      <table className="import-mapping__table">
        <thead className="narrow-hidden">
          <tr>
            <th scope="col">{words.columns.include}</th>
            <th scope="col">{words.columns.column}</th>
            <th scope="col">{words.columns.label}</th>
            <th scope="col">{words.columns.unit}</th>
            <th scope="col">{words.columns.theme}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map(({ column, samples, include, label, unit, theme }) => (
            <tr key={column} className={include ? undefined : "import-mapping__row--off"}>
              <td>
                <input
                  type="checkbox"
                  data-field="measures"
                  aria-label={words.includeLabel(column)}
                  checked={include}
                  onChange={(event) => onChange(column, { include: event.target.checked })}
                />
              </td>
              <th scope="row">
                {column}
                {samples.length > 0 && <span className="import-mapping__samples">{samples.join(" · ")}</span>}
              </th>
              <td data-label={words.columns.label}>
                <input
                  className="input"
                  data-field={`label:${column}`}
                  aria-label={words.labelLabel(column)}
                  aria-invalid={problem?.field === `label:${column}` ? true : undefined}
                  maxLength={200}
                  disabled={!include}
                  value={label}
                  onChange={(event) => onChange(column, { label: event.target.value })}
                />
              </td>
              <td data-label={words.columns.unit}>
                <input
                  className="input import-mapping__unit"
                  aria-label={words.unitLabel(column)}
                  maxLength={40}
                  disabled={!include}
                  value={unit}
                  onChange={(event) => onChange(column, { unit: event.target.value })}
                />
              </td>
              <td data-label={words.columns.theme}>
                <input
                  className="input"
                  list={themesListId}
                  aria-label={words.themeLabel(column)}
                  maxLength={120}
                  disabled={!include}
                  value={theme}
                  onChange={(event) => onChange(column, { theme: event.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
