import { CARD_KINDS } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { CheckboxGroup } from "../../ui/choice-group.tsx";
import type { DraftFieldsProps } from "./invitation-draft.ts";

const KIND_CHOICES = CARD_KINDS.map((kind) => ({
  value: kind,
  label: t.kinds[kind].label,
  hint: t.kinds[kind].hint,
}));
const MODERATION = [{ value: "moderated", label: t.invitations.moderated, hint: t.invitations.moderatedHint }] as const;

/** What a habitants' link allows: which kinds of card, and whether each waits for the facilitator. */
export function HabitantFields({ draft, onChange, error }: DraftFieldsProps) {
  return (
    <>
      <CheckboxGroup
        legend={t.invitations.kindsLegend}
        choices={KIND_CHOICES}
        values={draft.kinds}
        onChange={(kinds) => onChange({ kinds })}
        error={error}
      />
      <CheckboxGroup
        legend={t.invitations.moderatedLegend}
        choices={MODERATION}
        values={draft.moderated ? ["moderated"] : []}
        onChange={(values) => onChange({ moderated: values.length > 0 })}
      />
    </>
  );
}
