import { useRef } from "react";
import type { FieldErrors } from "../../forms/field-errors.ts";
import { useFocusOnMount } from "../../forms/use-focus-on-mount.ts";
import { t } from "../../i18n/text.ts";
import { TextField } from "../../ui/text-field.tsx";
import { type CommuneDraft, newCommune } from "./territory-draft.ts";
import { useRowFocus } from "./use-row-focus.ts";

interface CommuneRowsProps {
  communes: CommuneDraft[];
  errors: FieldErrors;
  onChange: (communes: CommuneDraft[]) => void;
}

/** The communes of the territory, a row each, added and removed one at a time. */
export function CommuneRows({ communes, errors, onChange }: CommuneRowsProps) {
  const focus = useRowFocus();

  function add() {
    const commune = newCommune();
    focus.setAdded(commune.key);
    onChange([...communes, commune]);
  }

  return (
    <fieldset className="territory-form__group">
      <legend>{t.territory.communesLegend}</legend>
      {communes.length === 0 && <p className="muted">{t.territory.noCommunes}</p>}
      {communes.map((commune, index) => (
        <CommuneRow
          key={commune.key}
          commune={commune}
          position={index + 1}
          errors={errors}
          path={`territory.communes.${index}`}
          focusOnMount={commune.key === focus.added}
          onChange={(patch) => onChange(communes.map((row) => (row.key === commune.key ? { ...row, ...patch } : row)))}
          onRemove={() => {
            onChange(communes.filter((row) => row.key !== commune.key));
            focus.focusAddButton();
          }}
        />
      ))}
      {errors["territory.communes"] && <p className="field__error">{errors["territory.communes"]}</p>}
      <button ref={focus.addButton} type="button" className="button button--small" onClick={add}>
        {t.territory.addCommune}
      </button>
    </fieldset>
  );
}

interface CommuneRowProps {
  commune: CommuneDraft;
  position: number;
  errors: FieldErrors;
  path: string;
  focusOnMount: boolean;
  onChange: (patch: Partial<CommuneDraft>) => void;
  onRemove: () => void;
}

function CommuneRow({ commune, position, errors, path, focusOnMount, onChange, onRemove }: CommuneRowProps) {
  const first = useRef<HTMLInputElement>(null);
  useFocusOnMount(first, focusOnMount);
  return (
    <fieldset className="territory-row territory-row--commune">
      <legend className="visually-hidden">{t.territory.communeLegend(position)}</legend>
      <TextField
        ref={first}
        label={t.territory.inseeLabel}
        error={errors[`${path}.insee`]}
        value={commune.insee}
        onChange={(event) => onChange({ insee: event.target.value })}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <TextField
        label={t.territory.nameLabel}
        error={errors[`${path}.name`]}
        value={commune.name}
        onChange={(event) => onChange({ name: event.target.value })}
        autoComplete="off"
        required
      />
      <TextField
        label={t.territory.populationLabel}
        optional
        error={errors[`${path}.population`]}
        value={commune.population}
        onChange={(event) => onChange({ population: event.target.value })}
        inputMode="numeric"
        autoComplete="off"
      />
      <button
        type="button"
        className="button button--small button--danger territory-row__remove"
        aria-label={t.territory.removeCommuneLabel(position)}
        onClick={onRemove}
      >
        {t.territory.remove}
      </button>
    </fieldset>
  );
}
