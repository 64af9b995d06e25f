import { type ReactNode, useState } from "react";
import { type NumberStyle, readNumber, writeNumber } from "../../forms/number-text.ts";
import { Field } from "../../ui/field.tsx";

interface LiveTextProps {
  label: string;
  hint?: string;
  /** The value in the shared document. */
  value: string;
  /** Writes the text if it is valid; answers the refusal to show under the field, or null once written. */
  commit: (text: string) => string | null;
  multiline?: boolean;
  /** In a table, whose headers already name the column: the label is for screen readers only. */
  compact?: boolean;
  inputMode?: "text" | "decimal" | "numeric";
  list?: string;
}

/**
 * A text field written into the shared plan as it is typed, so that everyone sees it live. While it has the focus
 * (or holds a refused value) it shows what this person typed: someone else's change lands once they leave the field
 * instead of moving the text under their cursor.
 */
export function LiveText({ label, hint, value, commit, multiline, compact, inputMode, list }: LiveTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function change(text: string) {
    setDraft(text);
    setError(commit(text));
  }

  const blur = () => {
    if (error === null) setDraft(null);
  };

  return (
    <Field label={label} hint={hint} error={error ?? undefined} className={compact ? "field--compact" : undefined}>
      {(control) =>
        multiline ? (
          <textarea
            className="input plan-textarea"
            rows={3}
            value={draft ?? value}
            onChange={(event) => change(event.target.value)}
            onBlur={blur}
            {...control}
          />
        ) : (
          <input
            className="input"
            value={draft ?? value}
            inputMode={inputMode}
            list={list}
            onChange={(event) => change(event.target.value)}
            onBlur={blur}
            {...control}
          />
        )
      }
    </Field>
  );
}

interface LiveNumberProps extends Pick<LiveTextProps, "label" | "hint" | "compact"> {
  /** The value in the shared document; null when none is said. */
  value: number | null;
  style?: NumberStyle;
  /** Writes the number read (null for an empty field) if it is valid; answers the refusal, or null once written. */
  commit: (value: number | null) => string | null;
}

/**
 * A number written live, shown and read as the interface's language writes numbers (forms/number-text.ts): text that
 * is not a number in that language is refused beside the field, and the shared value is left as it was.
 */
export function LiveNumber({ value, style, commit, ...field }: LiveNumberProps) {
  return (
    <LiveText
      {...field}
      value={writeNumber(value, style)}
      inputMode="decimal"
      commit={(text) => {
        const typed = readNumber(text);
        return typed.ok ? commit(typed.value) : typed.error;
      }}
    />
  );
}

interface SelectFieldProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  compact?: boolean;
  disabled?: boolean;
  children: ReactNode;
}

/** A labelled select: in the fiche editor, its choice is written into the shared plan as soon as it is made. */
export function SelectField({ label, hint, value, onChange, compact, disabled, children }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} className={compact ? "field--compact" : undefined}>
      {(control) => (
        <select
          className="input"
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          {...control}
        >
          {children}
        </select>
      )}
    </Field>
  );
}
