import { Field } from "../../ui/field.tsx";

interface FilterSelectProps<T extends string> {
  label: string;
  /** The first option, which filters nothing. */
  all: string;
  options: readonly T[];
  labelOf: (option: T) => string;
  value: T | "";
  onChange: (value: T | "") => void;
}

/** One criterion of the filter bar: every option, or one of them. */
export function FilterSelect<T extends string>({
  label,
  all,
  options,
  labelOf,
  value,
  onChange,
}: FilterSelectProps<T>) {
  return (
    <Field label={label}>
      {(control) => (
        <select
          className="input"
          value={value}
          onChange={(event) => onChange(options.find((option) => option === event.target.value) ?? "")}
          {...control}
        >
          <option value="">{all}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {labelOf(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
