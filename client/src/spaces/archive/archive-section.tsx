import { useId, useState } from "react";
import { t } from "../../i18n/text.ts";
import { saveFile } from "../../plan/save-file.ts";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import "../../ui/choices.css";
import { archiveApi } from "../../api/archive-api.ts";

/** Facilitators download the whole space as one file, with or without the names cards are signed with. */
export function ArchiveSection({ spaceId, secret }: { spaceId: string; secret: string }) {
  const id = useId();
  const [pseudonyms, setPseudonyms] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { failure, run } = useAsyncAction();

  async function download() {
    setBusy(true);
    setDone(null);
    await run(async () => {
      const { blob, fileName } = await archiveApi.download(spaceId, secret, pseudonyms);
      saveFile(blob, fileName);
      setDone(t.spaceArchive.downloaded(fileName));
    });
    setBusy(false);
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.spaceArchive.title}</h2>
      <p className="muted">{t.spaceArchive.intro}</p>
      <div className="choice">
        <input
          id={`${id}-pseudonyms`}
          type="checkbox"
          checked={pseudonyms}
          onChange={(event) => setPseudonyms(event.target.checked)}
          aria-describedby={`${id}-pseudonyms-hint`}
        />
        <label htmlFor={`${id}-pseudonyms`}>{t.spaceArchive.keepPseudonyms}</label>
        <span className="choice__hint" id={`${id}-pseudonyms-hint`}>
          {t.spaceArchive.keepPseudonymsHint}
        </span>
      </div>
      <div className="actions">
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={download}>
          {busy ? t.spaceArchive.downloading : t.spaceArchive.download}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {done}
      </p>
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
