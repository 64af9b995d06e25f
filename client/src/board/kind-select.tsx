import { CARD_KINDS, type CardKind } from "@atelier/shared";
import { t } from "../i18n/text.ts";
import { Field } from "../ui/field.tsx";

interface KindSelectProps {
  value: CardKind;
  onChange: (kind: CardKind) => void;
  className?: string;
}

export function KindSelect({ value, onChange, className }: KindSelectProps) {
  return (
    <Field label={t.board.kindLabel} className={className}>
      {(control) => (
        <select
          className="input"
          value={value}
          onChange={(event) => onChange(CARD_KINDS.find((kind) => kind === event.target.value) ?? value)}
          {...control}
        >
          {CARD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind].label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
