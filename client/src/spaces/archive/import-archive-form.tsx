import { type FormEvent, useId, useRef, useState } from "react";
import { useLocation } from "wouter";
import { archiveApi } from "../../api/archive-api.ts";
import { t } from "../../i18n/text.ts";
import { Field } from "../../ui/field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { openCreatedSpace } from "../fresh-space.ts";

/** Anyone may bring an archived space onto this server: it opens as a new space, its facilitator link shown once. */
export function ImportArchiveForm() {
  const id = useId();
  const [, navigate] = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [importing, setImporting] = useState(false);
  const { failure, run } = useAsyncAction();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setMissingFile(true);
      input.current?.focus();
      return;
    }
    setImporting(true);
    // On success the space opens; the button stays busy until then.
    if (!(await run(async () => openCreatedSpace(await archiveApi.import(file), navigate)))) setImporting(false);
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.spaceArchive.importTitle}</h2>
      <p className="muted">{t.spaceArchive.importIntro}</p>
      <Field label={t.spaceArchive.fileLabel} error={missingFile ? t.spaceArchive.noFile : undefined}>
        {(control) => (
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            {...control}
            onChange={() => setMissingFile(false)}
          />
        )}
      </Field>
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button button--wide" aria-disabled={importing || undefined}>
        {importing ? t.spaceArchive.importing : t.spaceArchive.importSubmit}
      </button>
    </form>
  );
}
