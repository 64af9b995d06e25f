import { FINANCER_KINDS, type Financer, isNamedFinancerKind, type Party } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { SelectField } from "../fiche/live-field.tsx";
import { usePlan } from "../plan-context.ts";

/** A choice of the select: one of the space's parties (kind and name), or a kind of financer alone. */
const partyValue = (index: number) => `party:${index}`;
const kindValue = (kind: string) => `kind:${kind}`;

function chosenValue(financer: Financer, parties: readonly Party[]): string {
  const index = parties.findIndex((party) => party.kind === financer.kind && party.name === financer.label);
  return index >= 0 ? partyValue(index) : kindValue(financer.kind);
}

/**
 * The kinds offered beside the signatories: not a kind only one financer can be (the Caf, the EPCI…) when a signatory
 * is that one, which would read as a second Caf; the line's own kind stays, so that the select shows it.
 */
function kindsBeside(parties: readonly Party[], chosen: string) {
  return FINANCER_KINDS.filter(
    (kind) => isNamedFinancerKind(kind) || chosen === kindValue(kind) || !parties.some((party) => party.kind === kind),
  );
}

/**
 * Who pays: the convention's signatories first (picking one names it), then the other kinds of financer, whose name
 * is typed beside (a commune, an "other"). Changing the kind keeps a typed name; picking a signatory takes its name.
 */
export function FinancerSelect({
  label,
  financer,
  onChange,
  compact,
}: {
  label: string;
  financer: Financer;
  onChange: (financer: Financer) => void;
  compact?: boolean;
}) {
  const { space } = usePlan();
  const { parties } = space;
  const choose = (value: string) => {
    const [source, key] = value.split(":") as [string, string];
    const party = source === "party" ? parties[Number(key)] : undefined;
    if (party) onChange({ kind: party.kind, label: party.name });
    else {
      const kind = FINANCER_KINDS.find((known) => known === key) ?? "autre";
      const fromParty = parties.some((one) => one.kind === financer.kind && one.name === financer.label);
      onChange({ kind, label: fromParty ? "" : financer.label });
    }
  };
  const chosen = chosenValue(financer, parties);
  return (
    <SelectField compact={compact} label={label} value={chosen} onChange={choose}>
      {parties.length > 0 && (
        <optgroup label={t.plan.financing.parties}>
          {parties.map((party, index) => (
            <option key={partyValue(index)} value={partyValue(index)}>
              {party.name}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label={t.plan.financing.kinds}>
        {kindsBeside(parties, chosen).map((kind) => (
          <option key={kind} value={kindValue(kind)}>
            {t.partyKinds[kind]}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
}
