import { PARTY_KINDS } from "@atelier/shared";
import { useRef } from "react";
import type { FieldErrors } from "../../forms/field-errors.ts";
import { useFocusOnMount } from "../../forms/use-focus-on-mount.ts";
import { t } from "../../i18n/text.ts";
import { Field } from "../../ui/field.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { newParty, type PartyDraft } from "./territory-draft.ts";
import { useRowFocus } from "./use-row-focus.ts";

interface PartyRowsProps {
  parties: PartyDraft[];
  errors: FieldErrors;
  onChange: (parties: PartyDraft[]) => void;
}

/** The signatories of the convention, a row each: who, represented by whom, signed when. */
export function PartyRows({ parties, errors, onChange }: PartyRowsProps) {
  const focus = useRowFocus();

  function add() {
    const party = newParty(parties);
    focus.setAdded(party.key);
    onChange([...parties, party]);
  }

  return (
    <fieldset className="territory-form__group">
      <legend>{t.territory.partiesTitle}</legend>
      {parties.length === 0 && <p className="muted">{t.territory.noParties}</p>}
      {parties.map((party, index) => (
        <PartyRow
          key={party.key}
          party={party}
          position={index + 1}
          errors={errors}
          path={`parties.${index}`}
          focusOnMount={party.key === focus.added}
          onChange={(patch) => onChange(parties.map((row) => (row.key === party.key ? { ...row, ...patch } : row)))}
          onRemove={() => {
            onChange(parties.filter((row) => row.key !== party.key));
            focus.focusAddButton();
          }}
        />
      ))}
      {errors.parties && <p className="field__error">{errors.parties}</p>}
      <button ref={focus.addButton} type="button" className="button button--small" onClick={add}>
        {t.territory.addParty}
      </button>
    </fieldset>
  );
}

interface PartyRowProps {
  party: PartyDraft;
  position: number;
  errors: FieldErrors;
  path: string;
  focusOnMount: boolean;
  onChange: (patch: Partial<PartyDraft>) => void;
  onRemove: () => void;
}

function PartyRow({ party, position, errors, path, focusOnMount, onChange, onRemove }: PartyRowProps) {
  // The kind comes preset to the one the list lacks: the name is what a new row is for.
  const name = useRef<HTMLInputElement>(null);
  useFocusOnMount(name, focusOnMount);
  return (
    <fieldset className="territory-row territory-row--party">
      <legend className="visually-hidden">{t.territory.partyLegend(position)}</legend>
      <Field label={t.territory.kindLabel} error={errors[`${path}.kind`]}>
        {(control) => (
          <select
            className="input"
            value={party.kind}
            onChange={(event) =>
              onChange({ kind: PARTY_KINDS.find((kind) => kind === event.target.value) ?? party.kind })
            }
            {...control}
          >
            {PARTY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.partyKinds[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        ref={name}
        label={t.territory.nameLabel}
        error={errors[`${path}.name`]}
        value={party.name}
        onChange={(event) => onChange({ name: event.target.value })}
        autoComplete="off"
        required
      />
      <TextField
        label={t.territory.representativeLabel}
        optional
        error={errors[`${path}.representative.name`]}
        value={party.representativeName}
        onChange={(event) => onChange({ representativeName: event.target.value })}
        autoComplete="off"
      />
      <TextField
        label={t.territory.representativeTitleLabel}
        optional
        error={errors[`${path}.representative.title`]}
        value={party.representativeTitle}
        onChange={(event) => onChange({ representativeTitle: event.target.value })}
        autoComplete="off"
      />
      <TextField
        label={t.territory.signedOnLabel}
        optional
        error={errors[`${path}.signedOn`]}
        value={party.signedOn}
        onChange={(event) => onChange({ signedOn: event.target.value })}
        type="date"
      />
      <button
        type="button"
        className="button button--small button--danger territory-row__remove"
        aria-label={t.territory.removePartyLabel(position)}
        onClick={onRemove}
      >
        {t.territory.remove}
      </button>
    </fieldset>
  );
}
