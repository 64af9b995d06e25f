import {
  FICHE_FIELDS,
  type Fiche,
  type FicheField,
  type FicheFieldGroup,
  type FichePatch,
  periodYears,
} from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { CheckboxGroup } from "../../ui/choice-group.tsx";
import { Field } from "../../ui/field.tsx";
import { usePlan } from "../plan-context.ts";
import { patchFiche } from "./fiche-patch.ts";
import { fieldHint, fieldLabel } from "./fiche-words.ts";
import { LiveNumber, LiveText, SelectField } from "./live-field.tsx";
import { MilestonesEditor } from "./milestones-editor.tsx";

interface FieldProps {
  fiche: Fiche;
  field: FicheField;
  /** Writes a change if the shared schema accepts it; answers the refusal to show otherwise. */
  patch: (change: FichePatch) => string | null;
}

/** The fields of one group, in the definition's order, each written live into the shared plan. */
export function FicheFieldsGroup({ fiche, group }: { fiche: Fiche; group: FicheFieldGroup }) {
  const { doc } = usePlan();
  const patch = (change: FichePatch) => patchFiche(doc, fiche.id, change);
  return FICHE_FIELDS.filter((field) => field.group === group).map((field) => (
    <FicheFieldControl key={field.key} fiche={fiche} field={field} patch={patch} />
  ));
}

/** The control a field's kind calls for; the axis, objective and themes choose among what the plan and space hold. */
function FicheFieldControl(props: FieldProps) {
  const { fiche, field, patch } = props;
  const label = fieldLabel(field.key);
  const hint = fieldHint(field.key);
  const value = fiche[field.key];
  const set = (change: unknown) => patch({ [field.key]: change } as FichePatch);
  switch (field.kind) {
    case "reference":
      return field.key === "axisId" ? <AxisField {...props} /> : <ObjectiveField {...props} />;
    case "text":
    case "long-text":
      return (
        <LiveText multiline={field.kind === "long-text"} label={label} hint={hint} value={String(value)} commit={set} />
      );
    case "list":
      return field.key === "themes" ? (
        <ThemesField {...props} />
      ) : (
        <LiveText
          multiline
          label={label}
          hint={hint}
          value={(value as string[]).join("\n")}
          commit={(text) => set(text.split("\n").filter((line) => line.trim() !== ""))}
        />
      );
    case "enum":
      return <EnumField {...props} />;
    case "enum-list":
      return (
        <CheckboxGroup
          legend={label}
          choices={(field.options ?? []).map((code) => ({ value: code, label: optionLabel(field, code) }))}
          values={value as string[]}
          onChange={set}
        />
      );
    case "years":
      return <YearsField {...props} />;
    case "communes":
      return <CommunesField {...props} />;
    case "number":
      return <LiveNumber label={label} hint={hint} value={value as number | null} commit={set} />;
    case "date":
      return (
        <Field label={label} hint={hint}>
          {(control) => (
            <input
              type="date"
              className="input"
              value={(value as string | null) ?? ""}
              onChange={(event) => set(event.target.value || null)}
              {...control}
            />
          )}
        </Field>
      );
    case "milestones":
      return <MilestonesEditor fiche={fiche} legend={label} patch={patch} />;
    case "internal":
      return null;
  }
}

function optionLabel(field: FicheField, code: string): string {
  return (t.ficheFields.options as Record<string, Record<string, string>>)[field.key]?.[code] ?? code;
}

/** One code among the field's options; a field that may be left unsaid offers that first. */
function EnumField({ fiche, field, patch }: FieldProps) {
  const value = fiche[field.key] as string | null;
  const optional = field.key !== "status";
  return (
    <SelectField
      label={fieldLabel(field.key)}
      hint={fieldHint(field.key)}
      value={value ?? ""}
      onChange={(code) => patch({ [field.key]: code || null } as FichePatch)}
    >
      {optional && <option value="">{t.ficheFields.notSaid}</option>}
      {(field.options ?? []).map((code) => (
        <option key={code} value={code}>
          {optionLabel(field, code)}
        </option>
      ))}
    </SelectField>
  );
}

function AxisField({ fiche, patch }: FieldProps) {
  const { snapshot } = usePlan();
  function chooseAxis(axisId: string) {
    const stays = snapshot.objectives.some(
      (objective) => objective.id === fiche.objectiveId && objective.axisId === axisId,
    );
    patch({ axisId: axisId || null, ...(stays ? {} : { objectiveId: null }) });
  }
  return (
    <SelectField label={fieldLabel("axisId")} value={fiche.axisId ?? ""} onChange={chooseAxis}>
      <option value="">{t.plan.fiche.noAxis}</option>
      {snapshot.axes.map((axis, index) => (
        <option key={axis.id} value={axis.id}>
          {t.plan.axisOption(index + 1, axis.title)}
        </option>
      ))}
    </SelectField>
  );
}

function ObjectiveField({ fiche, patch }: FieldProps) {
  const { snapshot } = usePlan();
  const objectives = snapshot.objectives.filter((objective) => objective.axisId === fiche.axisId);
  if (!fiche.axisId || objectives.length === 0) {
    return (
      <p className="field__hint">
        {fiche.axisId ? t.plan.fiche.axisWithoutObjectives : t.plan.fiche.objectiveNeedsAxis}
      </p>
    );
  }
  return (
    <SelectField
      label={fieldLabel("objectiveId")}
      value={fiche.objectiveId ?? ""}
      onChange={(objectiveId) => patch({ objectiveId: objectiveId || null })}
    >
      <option value="">{t.plan.fiche.noObjective}</option>
      {objectives.map((objective) => (
        <option key={objective.id} value={objective.id}>
          {objective.title}
        </option>
      ))}
    </SelectField>
  );
}

/** Themes are data: the space's boards, archived ones included, and whatever the fiche already carries. */
function ThemesField({ fiche, patch }: FieldProps) {
  const { space } = usePlan();
  const themes = [...new Set([...space.boards.map((board) => board.theme), ...fiche.themes])];
  return (
    <CheckboxGroup
      legend={fieldLabel("themes")}
      choices={themes.map((theme) => ({ value: theme, label: theme }))}
      values={fiche.themes}
      onChange={(chosen) => patch({ themes: chosen })}
    />
  );
}

function YearsField({ fiche, patch }: FieldProps) {
  const { space } = usePlan();
  const years = [...new Set([...periodYears(space.period), ...fiche.years])].sort((a, b) => a - b);
  return (
    <div className="plan-inline-choices">
      <CheckboxGroup
        legend={fieldLabel("years")}
        choices={years.map((year) => ({ value: String(year), label: String(year) }))}
        values={fiche.years.map(String)}
        onChange={(chosen) => patch({ years: chosen.map(Number) })}
      />
    </div>
  );
}

/** The communes of the space's territory, plus any the fiche names that the territory no longer lists. */
function CommunesField({ fiche, patch }: FieldProps) {
  const { space } = usePlan();
  const known = space.territory.communes.map(({ insee, name }) => ({ value: insee, label: name, hint: insee }));
  const others = fiche.communes
    .filter((insee) => !known.some((commune) => commune.value === insee))
    .map((insee) => ({ value: insee, label: insee }));
  const choices = [...known, ...others];
  if (choices.length === 0) {
    return (
      <div className="field">
        <p className="field__label">{fieldLabel("communes")}</p>
        <p className="field__hint">{t.ficheFields.noCommunes}</p>
      </div>
    );
  }
  return (
    <div className="fiche-communes">
      <CheckboxGroup
        legend={fieldLabel("communes")}
        choices={choices}
        values={fiche.communes}
        onChange={(communes) => patch({ communes })}
      />
    </div>
  );
}
