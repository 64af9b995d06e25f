import type { ComponentProps } from "react";
import { Field } from "../../ui/field.tsx";

type TextAreaFieldProps = Omit<ComponentProps<"textarea">, "id" | "className"> & {
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
};

export function TextAreaField({ label, hint, error, optional, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional}>
      {(control) => <textarea className="input plan-textarea" rows={4} {...textarea} {...control} />}
    </Field>
  );
}
