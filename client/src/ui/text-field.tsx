import type { ComponentProps } from "react";
import { Field } from "./field.tsx";

type TextFieldProps = Omit<ComponentProps<"input">, "id" | "className"> & {
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  className?: string;
};

export function TextField({ label, hint, error, optional, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional} className={className}>
      {(control) => <input className="input" {...input} {...control} />}
    </Field>
  );
}
