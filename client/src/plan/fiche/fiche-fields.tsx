import { FICHE_STATUS_LABELS, FICHE_STATUSES, type Fiche, type FicheStatus, periodYears } from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { CheckboxGroup } from "../../ui/choice-group.tsx";
import { usePlan } from "../plan-context.ts";
import { patchFiche } from "./fiche-patch.ts";
import { LiveText, SelectField } from "./live-field.tsx";

/** What the fiche is and where it sits in the plan: title, axis, objective, status, themes. */
export function IdentityFields({ fiche }: { fiche: Fiche }) {
  const { doc, space, snapshot } = usePlan();
  const patch = (change: Parameters<typeof patchFiche>[2]) => patchFiche(doc, fiche.id, change);
  const objectives = snapshot.objectives.filter((objective) => objective.axisId === fiche.axisId);
  // Themes are data: the space's boards, archived ones included, and whatever the fiche already carries.
  const themes = [...new Set([...space.boards.map((board) => board.theme), ...fiche.themes])];

  function chooseAxis(axisId: string) {
    const stays = snapshot.objectives.some(
      (objective) => objective.id === fiche.objectiveId && objective.axisId === axisId,
    );
    patch({ axisId: axisId || null, ...(stays ? {} : { objectiveId: null }) });
  }

  return (
    <>
      <LiveText label={t.plan.fiche.title} value={fiche.title} commit={(title) => patch({ title })} />
      <SelectField label={t.plan.fiche.axis} value={fiche.axisId ?? ""} onChange={chooseAxis}>
        <option value="">{t.plan.fiche.noAxis}</option>
        {snapshot.axes.map((axis, index) => (
          <option key={axis.id} value={axis.id}>
            {t.plan.axisOption(index + 1, axis.title)}
          </option>
        ))}
      </SelectField>
      {fiche.axisId && objectives.length > 0 ? (
        <SelectField
          label={t.plan.fiche.objective}
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
      ) : (
        <p className="field__hint">
          {fiche.axisId ? t.plan.fiche.axisWithoutObjectives : t.plan.fiche.objectiveNeedsAxis}
        </p>
      )}
      <SelectField
        label={t.plan.fiche.status}
        value={fiche.status}
        onChange={(status) => patch({ status: status as FicheStatus })}
      >
        {FICHE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {FICHE_STATUS_LABELS[status]}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        legend={t.plan.fiche.themes}
        choices={themes.map((theme) => ({ value: theme, label: theme }))}
        values={fiche.themes}
        onChange={(chosen) => patch({ themes: chosen })}
      />
    </>
  );
}

/** Who carries the fiche out, with whom, for whom and when. */
export function DeliveryFields({ fiche }: { fiche: Fiche }) {
  const { doc, space } = usePlan();
  const patch = (change: Parameters<typeof patchFiche>[2]) => patchFiche(doc, fiche.id, change);
  const years = [...new Set([...periodYears(space.period), ...fiche.years])].sort((a, b) => a - b);

  return (
    <>
      <LiveText
        label={t.plan.fiche.pilot}
        hint={t.plan.fiche.pilotHint}
        value={fiche.pilot}
        commit={(pilot) => patch({ pilot })}
      />
      <LiveText
        multiline
        label={t.plan.fiche.partners}
        hint={t.plan.fiche.partnersHint}
        value={fiche.partners.join("\n")}
        commit={(text) => patch({ partners: text.split("\n").filter((line) => line.trim() !== "") })}
      />
      <LiveText
        multiline
        label={t.plan.fiche.targetPublic}
        hint={t.plan.fiche.targetPublicHint}
        value={fiche.targetPublic}
        commit={(targetPublic) => patch({ targetPublic })}
      />
      <div className="plan-inline-choices">
        <CheckboxGroup
          legend={t.plan.fiche.years}
          choices={years.map((year) => ({ value: String(year), label: String(year) }))}
          values={fiche.years.map(String)}
          onChange={(chosen) => patch({ years: chosen.map(Number) })}
        />
      </div>
    </>
  );
}
