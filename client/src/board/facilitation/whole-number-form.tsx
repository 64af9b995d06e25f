import { type FormEvent, type Ref, useId, useState } from "react";

/** The whole number between 1 and max that the text holds, or null. */
export function wholeNumberIn(text: string, max: number): number | null {
  const number = Number(text);
  return text.trim() !== "" && Number.isInteger(number) && number >= 1 && number <= max ? number : null;
}

interface WholeNumberFormProps {
  label: string;
  max: number;
  /** The value shown at first and after each submission. */
  initial: string;
  /** May follow the value typed, as in "Retenir les 3 premières". */
  submitLabel: string | ((value: string) => string);
  /** Shown when the value is not a whole number between 1 and max. */
  error: string;
  onSubmit: (value: number) => void;
  className: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A number and a button on one line, as facilitation bars need them: the timer's minutes, the vote's budget. */
export function WholeNumberForm({
  label,
  max,
  initial,
  submitLabel,
  error,
  onSubmit,
  className,
  inputRef,
}: WholeNumberFormProps) {
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const errorId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const number = wholeNumberIn(value, max);
    setInvalid(number === null);
    if (number === null) return;
    setValue(initial);
    onSubmit(number);
  }

  return (
    <form className={`number-form ${className}`} onSubmit={submit} noValidate>
      <label htmlFor={inputId} className="number-form__label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="input number-form__input"
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
      <button type="submit" className="button button--small">
        {typeof submitLabel === "string" ? submitLabel : submitLabel(value)}
      </button>
      {invalid && (
        <p id={errorId} className="field__error number-form__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
