import { t } from "../../i18n/text.ts";
import { RadioGroup } from "../../ui/choice-group.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { dayValue } from "./expiry.ts";
import type { DraftFieldsProps, ExpiryChoice } from "./invitation-draft.ts";

const EXPIRIES = [
  { value: "none", label: t.invitations.expiryNone },
  { value: "today", label: t.invitations.expiryToday },
  { value: "date", label: t.invitations.expiryDate },
] as const satisfies readonly { value: ExpiryChoice; label: string }[];

export function ExpiryFields({ draft, onChange, error }: DraftFieldsProps) {
  return (
    <>
      <RadioGroup
        legend={t.invitations.expiryLegend}
        choices={EXPIRIES}
        value={draft.expiry}
        onChange={(expiry) => onChange({ expiry })}
      />
      {draft.expiry === "date" && (
        <TextField
          label={t.invitations.expiryDateLabel}
          type="date"
          min={dayValue(new Date())}
          value={draft.expiryDate}
          onChange={(event) => onChange({ expiryDate: event.target.value })}
          error={error}
          required
        />
      )}
    </>
  );
}
