import { type ImportAnswer, type ImportRefusal, type ImportSummary, INDICATOR_COLUMNS } from "@atelier/shared";
import { type FormEvent, useId, useRef, useState } from "react";
import { Link } from "wouter";
import {
  EXAMPLE_INDICATORS_URL,
  INDICATOR_FILE_ACCEPT,
  importRefusalOf,
  indicatorsApi,
} from "../api/indicators-api.ts";
import { t } from "../i18n/text.ts";
import { spacePath } from "../routes.ts";
import { Field } from "../ui/field.tsx";
import { useAsyncAction } from "../ui/use-async-action.ts";
import { ImportMappingStep } from "./import-mapping.tsx";
import { ImportSummaryList } from "./import-summary.tsx";

interface ImportFormProps {
  spaceId: string;
  secret: string;
  /** Called once the server has stored the file's figures, with how many lines it took. */
  onImported: (count: number) => Promise<void>;
}

/**
 * The Caf's file, sent as it is: the server reads CSV and XLSX, the atelier's template and the Caf's and Insee's
 * open-data files, and names the faulty line and column, if any. A file it does not recognise opens the mapping step.
 */
export function ImportForm({ spaceId, secret, onImported }: ImportFormProps) {
  const [missingFile, setMissingFile] = useState(false);
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; summary?: ImportSummary } | null>(null);
  const [mapping, setMapping] = useState<{ file: File; refusal: ImportRefusal } | null>(null);
  const [needsTerritory, setNeedsTerritory] = useState(false);
  const { failure, run } = useAsyncAction();
  const input = useRef<HTMLInputElement>(null);
  const outcomeBlock = useRef<HTMLDivElement>(null);
  const titleId = useId();

  async function imported(answer: ImportAnswer) {
    const mapped = mapping !== null;
    setMapping(null);
    const { imported: count, added = count, replaced = 0 } = answer;
    setOutcome({ text: t.indicators.import.imported(added, replaced), summary: answer.summary });
    // The mapping step that had the focus is gone: the keyboard goes on from what was imported.
    if (mapped) requestAnimationFrame(() => outcomeBlock.current?.focus());
    await onImported(answer.imported);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (importing) return;
    const form = event.currentTarget;
    const file = input.current?.files?.[0];
    setMissingFile(!file);
    setOutcome(null);
    setNeedsTerritory(false);
    if (!file) {
      input.current?.focus();
      return;
    }
    setImporting(true);
    await run(async () => {
      let answer: ImportAnswer;
      try {
        answer = await indicatorsApi.importFile(spaceId, secret, file);
      } catch (error) {
        const refusal = importRefusalOf(error, "mapping-required");
        if (refusal) return setMapping({ file, refusal });
        setNeedsTerritory(importRefusalOf(error, "territory-required") !== undefined);
        throw error;
      }
      form.reset();
      await imported(answer);
    });
    setImporting(false);
  }

  // The outcome stays in place whichever step shows, so that its live region announces each import.
  const outcomeView = (
    <div className="indicators-import__outcome-block" ref={outcomeBlock} tabIndex={-1}>
      <p className="indicators-import__outcome" role="status">
        {outcome?.text ?? ""}
      </p>
      {outcome?.summary && <ImportSummaryList summary={outcome.summary} />}
    </div>
  );

  if (mapping)
    return (
      <>
        <ImportMappingStep
          spaceId={spaceId}
          secret={secret}
          file={mapping.file}
          refusal={mapping.refusal}
          onImported={imported}
          onCancel={() => setMapping(null)}
        />
        {outcomeView}
      </>
    );

  return (
    <>
      <form className="panel indicators-import" onSubmit={submit} noValidate aria-labelledby={titleId}>
        <h3 id={titleId}>{t.indicators.import.title}</h3>
        <p className="muted">{t.indicators.import.intro}</p>
        <p className="indicators-import__columns">
          {t.indicators.import.columns} <code>{INDICATOR_COLUMNS.join(";")}</code>
        </p>
        <Field label={t.indicators.import.fileLabel} error={missingFile ? t.indicators.import.noFile : undefined}>
          {(control) => (
            <input
              ref={input}
              className="indicators-import__file"
              type="file"
              accept={INDICATOR_FILE_ACCEPT}
              {...control}
              onChange={() => setMissingFile(false)}
            />
          )}
        </Field>
        {failure && (
          <div className="alert alert--error" role="alert">
            <p>{t.indicators.import.refused}</p>
            <p className="indicators-import__error">{failure}</p>
            {needsTerritory && (
              <p>
                <Link href={spacePath(spaceId)}>{t.indicators.import.territoryRequired}</Link>
              </p>
            )}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="button button--primary" aria-disabled={importing || undefined}>
            {importing ? t.indicators.import.submitting : t.indicators.import.submit}
          </button>
          <a href={EXAMPLE_INDICATORS_URL} download>
            {t.indicators.import.example}
          </a>
        </div>
      </form>
      {outcomeView}
    </>
  );
}
