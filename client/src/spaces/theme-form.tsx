import { type NewBoard, NewBoardSchema } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { failureMessage } from "../api/request.ts";
import { type FieldErrors, fieldErrors } from "../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";
import { useFocusOnMount } from "../forms/use-focus-on-mount.ts";
import { t } from "../i18n/text.ts";
import { TextField } from "../ui/text-field.tsx";

interface ThemeFormProps {
  title: string;
  submitLabel: string;
  initial?: NewBoard;
  onSubmit: (theme: NewBoard) => Promise<void>;
  onCancel?: () => void;
}

/** Names a thematic group: used both to add a theme and to rename one. */
export function ThemeForm({ title, submitLabel, initial, onSubmit, onCancel }: ThemeFormProps) {
  const [theme, setTheme] = useState(initial?.theme ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const themeInput = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, errors);
  useFocusOnMount(themeInput, !!initial);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = NewBoardSchema.safeParse({ theme, description });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSubmit(parsed.data);
      if (!initial) {
        setTheme("");
        setDescription("");
      }
    } catch (error) {
      setFailure(failureMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form ref={form} className="theme-form" onSubmit={submit} noValidate aria-label={title}>
      <TextField
        ref={themeInput}
        label={t.space.themeLabel}
        hint={initial ? undefined : t.space.themeHint}
        error={errors.theme}
        value={theme}
        onChange={(event) => setTheme(event.target.value)}
        autoComplete="off"
        required
      />
      <TextField
        label={t.space.descriptionLabel}
        hint={initial ? undefined : t.space.descriptionHint}
        optional
        error={errors.description}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        autoComplete="off"
      />
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t.form.saving : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t.form.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
