import { CAF_DISPOSITIFS, type CafDispositif, NATURES, type Nature } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { SelectField } from "../fiche/live-field.tsx";

/** "" stands for null in a select: a nature or dispositif not said yet. */
const UNSAID = "";

export function NatureSelect({
  label,
  value,
  onChange,
  compact,
}: {
  label: string;
  value: Nature | null;
  onChange: (nature: Nature | null) => void;
  compact?: boolean;
}) {
  return (
    <SelectField
      compact={compact}
      label={label}
      value={value ?? UNSAID}
      onChange={(chosen) => onChange(NATURES.find((nature) => nature === chosen) ?? null)}
    >
      {value === null && <option value={UNSAID}>{t.plan.financing.unsaid}</option>}
      {NATURES.map((nature) => (
        <option key={nature} value={nature}>
          {t.plan.financing.natures[nature]}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * The Caf's dispositif. Another financer has none: the select then says so and cannot be changed. `unsaid` names
 * the empty choice ("à préciser" for a plan's line, "non ventilé" for the existing financing).
 */
export function DispositifSelect({
  label,
  value,
  onChange,
  forCaf,
  unsaid,
  compact,
}: {
  label: string;
  value: CafDispositif | null;
  onChange: (dispositif: CafDispositif | null) => void;
  forCaf: boolean;
  unsaid: string;
  compact?: boolean;
}) {
  return (
    <SelectField
      compact={compact}
      label={label}
      value={forCaf ? (value ?? UNSAID) : UNSAID}
      disabled={!forCaf}
      onChange={(chosen) => onChange(CAF_DISPOSITIFS.find((dispositif) => dispositif === chosen) ?? null)}
    >
      <option value={UNSAID}>{forCaf ? unsaid : t.plan.financing.notCaf}</option>
      {forCaf &&
        CAF_DISPOSITIFS.map((dispositif) => (
          <option key={dispositif} value={dispositif}>
            {t.plan.financing.dispositifs[dispositif]}
          </option>
        ))}
    </SelectField>
  );
}
