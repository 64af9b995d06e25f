import { type FormEvent, useRef, useState } from "react";
import { useFocusOnMount } from "../../forms/use-focus-on-mount.ts";
import { t } from "../../i18n/text.ts";
import { TextField } from "../../ui/text-field.tsx";

interface TitleFormProps {
  label: string;
  submitLabel: string;
  initial?: string;
  /** Writes the title; answers the refusal to show under the field, or null once written. */
  onSubmit: (title: string) => string | null;
  /** A rename offers to give up; an addition stays open for the next one. */
  onCancel?: () => void;
}

/** One title to add (an axis, an objective) or to rename. */
export function TitleForm({ label, submitLabel, initial = "", onSubmit, onCancel }: TitleFormProps) {
  const [title, setTitle] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useFocusOnMount(input, onCancel !== undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const refused = onSubmit(title);
    setError(refused);
    if (refused) input.current?.focus();
    else if (!onCancel) setTitle("");
  }

  return (
    <form className="plan-title-form" onSubmit={submit} noValidate>
      <TextField
        ref={input}
        label={label}
        value={title}
        error={error ?? undefined}
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && onCancel) onCancel();
        }}
      />
      <div className="actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
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
