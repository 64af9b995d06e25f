import { useId } from "react";
import "./choices.css";

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface ChoicesProps<T extends string> {
  type: "radio" | "checkbox";
  legend: string;
  choices: readonly Choice<T>[];
  isChecked: (value: T) => boolean;
  onToggle: (value: T, checked: boolean) => void;
  error?: string;
  /** Large, bordered targets: for a phone held in one hand. */
  tiles?: boolean;
}

/** A fieldset of radios or checkboxes: the legend names the question, each hint is read with its choice. */
function Choices<T extends string>({ type, legend, choices, isChecked, onToggle, error, tiles }: ChoicesProps<T>) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={tiles ? "choices choices--tiles" : "choices"}>
      <legend className="field__label">{legend}</legend>
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`;
        const hintId = choice.hint ? `${inputId}-hint` : undefined;
        return (
          <div className="choice" key={choice.value}>
            <input
              id={inputId}
              type={type}
              name={id}
              value={choice.value}
              checked={isChecked(choice.value)}
              onChange={(event) => onToggle(choice.value, event.target.checked)}
              aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={inputId}>{choice.label}</label>
            {choice.hint && (
              <span className="choice__hint" id={hintId}>
                {choice.hint}
              </span>
            )}
          </div>
        );
      })}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface RadioGroupProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  tiles?: boolean;
}

export function RadioGroup<T extends string>({ value, onChange, ...group }: RadioGroupProps<T>) {
  return <Choices type="radio" {...group} isChecked={(choice) => choice === value} onToggle={onChange} />;
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
  error?: string;
}

/** `values` come back in the order of `choices`, whatever the order they were ticked in. */
export function CheckboxGroup<T extends string>({ values, onChange, ...group }: CheckboxGroupProps<T>) {
  const toggle = (value: T, checked: boolean) =>
    onChange(
      group.choices
        .map((choice) => choice.value)
        .filter((candidate) => (candidate === value ? checked : values.includes(candidate))),
    );
  return <Choices type="checkbox" {...group} isChecked={(value) => values.includes(value)} onToggle={toggle} />;
}
