import { BILAN_PROGRESS, type BilanProgress, EurosSchema, type FicheBilan } from "@atelier/shared";
import { type FormEvent, useState } from "react";
import { bilanApi } from "../../api/bilan-api.ts";
import { readNumber } from "../../forms/number-text.ts";
import { t } from "../../i18n/text.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { Field } from "../../ui/field.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { useLeaveGuard } from "../../ui/use-leave-guard.ts";
import { euros } from "../euros.ts";
import { TextAreaField } from "../governance/text-area-field.tsx";
import { usePlan } from "../plan-context.ts";
import { refusal } from "../validation.ts";
import { type EntryDraft, useEntryDraft } from "./use-entry-draft.ts";

type TextKey = Exclude<keyof EntryDraft, "progress" | "spent">;

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

/** The amount as typed: null when left empty, or why it is refused. */
function spentOf(typed: string): { ok: true; spent: number | null } | { ok: false; error: string } {
  const read = readNumber(typed);
  if (!read.ok) return read;
  const spent = read.value;
  if (spent === null) return { ok: true, spent };
  const refused = refusal(EurosSchema.safeParse(spent));
  return refused ? { ok: false, error: refused } : { ok: true, spent };
}

/**
 * The facilitator's bilan of one fiche for the year: its progress, three short texts and what it cost, saved together
 * on request.
 * Until then the draft is kept in the tab and marked as not saved, and leaving the page asks first.
 */
export function EntryForm({ year, fiche, onSaved }: EntryFormProps) {
  const { space, token, announce } = usePlan();
  const { failure, run } = useAsyncAction();
  const { draft, unsaved, change, savedAs, discard } = useEntryDraft(space.id, year, fiche.id, fiche.entry);
  const [missing, setMissing] = useState(false);
  const [spentError, setSpentError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useLeaveGuard(unsaved, t.bilan.leaveUnsaved);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const sent = draft;
    const { progress } = sent;
    const spent = spentOf(sent.spent);
    setMissing(progress === "");
    setSpentError(spent.ok ? null : spent.error);
    if (progress === "" || !spent.ok) return;
    const done = await run(() =>
      bilanApi.saveEntry(space.id, token, year, fiche.id, { ...sent, progress, spent: spent.spent }),
    );
    if (!done) return;
    savedAs(sent);
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
            value={draft.progress}
            onChange={(event) => change({ progress: event.target.value as BilanProgress | "" })}
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
          value={draft[key]}
          onChange={(event) => change({ [key]: event.target.value })}
        />
      ))}
      <Field
        label={t.bilan.spent(year)}
        hint={fiche.budget.planned > 0 ? t.bilan.plannedHint(euros(fiche.budget.planned)) : t.bilan.nothingPlanned}
        error={spentError ?? undefined}
        optional
        className="bilan-entry-form__amount"
      >
        {(control) => (
          <input
            className="input"
            inputMode="decimal"
            autoComplete="off"
            value={draft.spent}
            onChange={(event) => change({ spent: event.target.value })}
            {...control}
          />
        )}
      </Field>
      <div className="bilan-entry-form__actions">
        <button type="submit" className="button button--small">
          {t.bilan.save}
        </button>
        {unsaved && (
          <>
            <p className="badge badge--warning">{t.bilan.unsaved}</p>
            <ConfirmButton
              label={t.bilan.discard}
              accessibleLabel={t.bilan.discardOf(fiche.title)}
              question={t.bilan.discardQuestion}
              confirmLabel={t.bilan.discardConfirm}
              onConfirm={async () => discard()}
            />
          </>
        )}
        <p role="status">{failure ? <span className="plan-error">{failure}</span> : saved}</p>
      </div>
    </form>
  );
}
