import { BILAN_PROGRESS, type BilanEntryFields, type BilanProgress, type FicheBilan } from "@atelier/shared";
import { type FormEvent, useState } from "react";
import { bilanApi } from "../../api/bilan-api.ts";
import { t } from "../../i18n/text.ts";
import { Field } from "../../ui/field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { TextAreaField } from "../governance/text-area-field.tsx";
import { usePlan } from "../plan-context.ts";

type TextKey = Exclude<keyof BilanEntryFields, "progress">;

/** The texts of an entry, with the longest each may be (as the server's schema has it). */
const TEXTS: readonly { key: TextKey; max: number; hint?: () => string }[] = [
  { key: "assessment", max: 2000, hint: () => t.bilan.assessmentHint },
  { key: "difficulties", max: 5000 },
  { key: "adjustments", max: 5000 },
];

interface EntryFormProps {
  year: number;
  fiche: FicheBilan;
  onSaved: () => Promise<void>;
}

/** The facilitator's bilan of one fiche for the year: its progress and three short texts, saved together. */
export function EntryForm({ year, fiche, onSaved }: EntryFormProps) {
  const { space, token, announce } = usePlan();
  const { failure, run } = useAsyncAction();
  const [progress, setProgress] = useState<BilanProgress | "">(fiche.entry?.progress ?? "");
  const [texts, setTexts] = useState<Record<TextKey, string>>({
    assessment: fiche.entry?.assessment ?? "",
    difficulties: fiche.entry?.difficulties ?? "",
    adjustments: fiche.entry?.adjustments ?? "",
  });
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    setMissing(progress === "");
    if (progress === "") return;
    const done = await run(() => bilanApi.saveEntry(space.id, token, year, fiche.id, { progress, ...texts }));
    if (!done) return;
    const message = t.bilan.saved(fiche.title);
    setSaved(message);
    announce(message);
    await onSaved();
  }

  return (
    <form className="bilan-entry-form" aria-label={fiche.title} onSubmit={save} noValidate>
      <Field label={t.bilan.progressLabel} error={missing ? t.bilan.progressRequired : undefined}>
        {(control) => (
          <select
            className="input"
            value={progress}
            onChange={(event) => setProgress(event.target.value as BilanProgress | "")}
            {...control}
          >
            <option value="">{t.bilan.chooseProgress}</option>
            {BILAN_PROGRESS.map((each) => (
              <option key={each} value={each}>
                {t.bilan.progress[each]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {TEXTS.map(({ key, max, hint }) => (
        <TextAreaField
          key={key}
          label={t.bilan[key]}
          hint={hint?.()}
          optional
          rows={3}
          maxLength={max}
          value={texts[key]}
          onChange={(event) => setTexts((current) => ({ ...current, [key]: event.target.value }))}
        />
      ))}
      <div className="bilan-entry-form__actions">
        <button type="submit" className="button button--small">
          {t.bilan.save}
        </button>
        <p role="status">{failure ? <span className="plan-error">{failure}</span> : saved}</p>
      </div>
    </form>
  );
}
