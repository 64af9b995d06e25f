import { PERIOD_CHANGE_REFUSALS, refusalIn, SpacePatchSchema, type SpaceView } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { ApiError, failureMessage } from "../api/request.ts";
import { spacesApi } from "../api/spaces-api.ts";
import { type FieldErrors, fieldErrors } from "../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";
import { useFocusOnMount } from "../forms/use-focus-on-mount.ts";
import { useFocusReturn } from "../forms/use-focus-return.ts";
import { t } from "../i18n/text.ts";
import { ConventionFields, year } from "./convention-fields.tsx";

interface EditConventionProps {
  space: Pick<SpaceView, "id" | "name" | "period">;
  /** The facilitator secret: only facilitators change the name and the period; the others read them above. */
  secret: string;
  onSaved: (space: SpaceView) => void;
}

/** The facilitator's button under the space's name, and the form it opens: the convention's name and period. */
export function EditConvention({ space, secret, onSaved }: EditConventionProps) {
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const trigger = useFocusReturn<HTMLButtonElement>(open);
  const saved = (changed: SpaceView | null) => {
    if (changed) onSaved(changed);
    setOpen(false);
    setAnnouncement(changed ? t.conventionEdit.saved : "");
  };
  return (
    <>
      {open ? (
        <ConventionForm space={space} secret={secret} onSaved={saved} onCancel={() => setOpen(false)} />
      ) : (
        <p>
          <button
            ref={trigger}
            type="button"
            className="button button--small"
            onClick={() => {
              setAnnouncement("");
              setOpen(true);
            }}
          >
            {t.conventionEdit.open}
          </button>
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}

/**
 * Where the server's refusal of a period is said: beside the year it is about (a year with a bilan left out before
 * the new start is the start's doing, after the new end the end's), or the period as a whole.
 */
function refusedField(error: unknown, period: { start: number; end: number }): string | null {
  const refusal = error instanceof ApiError ? refusalIn(error.body) : null;
  const code = PERIOD_CHANGE_REFUSALS.find((candidate) => candidate === refusal?.code);
  if (code === "periodOverlapsPrevious") return "period.start";
  if (code === "periodOverlapsNext") return "period.end";
  if (code !== "periodDropsBilanYears") return null;
  const years = refusal?.params.years ?? [];
  if (years.every((dropped) => dropped < period.start)) return "period.start";
  return years.every((dropped) => dropped > period.end) ? "period.end" : "period";
}

interface ConventionFormProps {
  space: EditConventionProps["space"];
  secret: string;
  /** The space as the server answered it; null when nothing was changed, so nothing was sent. */
  onSaved: (space: SpaceView | null) => void;
  onCancel: () => void;
}

/**
 * Sends only what changed: a space kept with a period longer than five years, from before that rule, can still be
 * renamed. The server's refusal of the period (an overlap, a year with a bilan) is said at the period's fields.
 */
function ConventionForm({ space, secret, onSaved, onCancel }: ConventionFormProps) {
  const [name, setName] = useState(space.name);
  const [start, setStart] = useState(String(space.period.start));
  const [end, setEnd] = useState(String(space.period.end));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, errors);
  useFocusOnMount(first);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const period = { start: year(start), end: year(end) };
    const periodChanged = period.start !== space.period.start || period.end !== space.period.end;
    const patch = { ...(name.trim() === space.name ? {} : { name }), ...(periodChanged ? { period } : {}) };
    if (Object.keys(patch).length === 0) {
      onSaved(null);
      return;
    }
    const parsed = SpacePatchSchema.safeParse(patch);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      onSaved(await spacesApi.update(space.id, secret, parsed.data));
    } catch (error) {
      const field = refusedField(error, period);
      if (field) setErrors({ [field]: failureMessage(error) });
      else setFailure(failureMessage(error));
      setSaving(false);
    }
  }

  return (
    <form
      ref={form}
      className="panel convention-edit"
      onSubmit={submit}
      noValidate
      aria-labelledby="convention-edit-title"
    >
      <h2 id="convention-edit-title">{t.conventionEdit.formTitle}</h2>
      <p className="muted">{t.conventionEdit.formIntro}</p>
      <ConventionFields
        words={{ name: t.conventionEdit.nameLabel, period: t.conventionEdit.periodLegend }}
        name={name}
        start={start}
        end={end}
        onName={setName}
        onStart={setStart}
        onEnd={setEnd}
        errors={errors}
        nameRef={first}
      />
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary">
          {saving ? t.form.saving : t.form.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
