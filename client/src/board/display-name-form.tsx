import { type FormEvent, useRef, useState } from "react";
import { type FieldErrors, fieldErrors } from "../forms/field-errors.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";
import { useFocusOnMount } from "../forms/use-focus-on-mount.ts";
import { t } from "../i18n/text.ts";
import { TextField } from "../ui/text-field.tsx";
import { displayNameSchema } from "./participant.ts";

export function DisplayNameForm({ onSubmit }: { onSubmit: (name: string) => void }) {
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, errors);
  // The board's link, which had the focus, is gone with the page it was on: the keyboard starts where the page does.
  useFocusOnMount(nameInput);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = displayNameSchema.safeParse(name);
    if (parsed.success) onSubmit(parsed.data);
    else setErrors({ name: fieldErrors(parsed.error)[""] });
  }

  return (
    <form ref={form} className="panel display-name" onSubmit={submit} noValidate aria-labelledby="display-name-title">
      <h2 id="display-name-title">{t.board.nameTitle}</h2>
      <p className="muted">{t.board.nameIntro}</p>
      <TextField
        ref={nameInput}
        label={t.board.nameLabel}
        hint={t.board.nameHint}
        error={errors.name}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="nickname"
        required
      />
      <button type="submit" className="button button--primary button--wide">
        {t.board.nameSubmit}
      </button>
    </form>
  );
}
