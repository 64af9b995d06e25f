import { INDICATOR_COLUMNS } from "@atelier/shared";
import { type FormEvent, useId, useRef, useState } from "react";
import { EXAMPLE_INDICATORS_URL, INDICATOR_FILE_ACCEPT, indicatorsApi } from "../api/indicators-api.ts";
import { t } from "../i18n/text.ts";
import { Field } from "../ui/field.tsx";
import { useAsyncAction } from "../ui/use-async-action.ts";

interface ImportFormProps {
  spaceId: string;
  secret: string;
  /** Called once the server has stored the file's figures, with how many lines it took. */
  onImported: (count: number) => Promise<void>;
}

/** The Caf's file, sent as it is: the server reads CSV and XLSX and names the faulty line and column, if any. */
export function ImportForm({ spaceId, secret, onImported }: ImportFormProps) {
  const [missingFile, setMissingFile] = useState(false);
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState("");
  const { failure, run } = useAsyncAction();
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (importing) return;
    const form = event.currentTarget;
    const file = input.current?.files?.[0];
    setMissingFile(!file);
    setOutcome("");
    if (!file) {
      input.current?.focus();
      return;
    }
    setImporting(true);
    await run(async () => {
      const { imported } = await indicatorsApi.importFile(spaceId, secret, file);
      form.reset();
      setOutcome(t.indicators.import.imported(imported));
      await onImported(imported);
    });
    setImporting(false);
  }

  return (
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
        </div>
      )}
      <p className="indicators-import__outcome" role="status">
        {outcome}
      </p>
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={importing || undefined}>
          {importing ? t.indicators.import.submitting : t.indicators.import.submit}
        </button>
        <a href={EXAMPLE_INDICATORS_URL} download>
          {t.indicators.import.example}
        </a>
      </div>
    </form>
  );
}
