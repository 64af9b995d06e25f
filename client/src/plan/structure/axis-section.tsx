import {
  type Axis,
  AxisInputSchema,
  addObjective,
  type Fiche,
  moveAmong,
  moveAxis,
  type Objective,
  ObjectiveInputSchema,
  ObjectiveRenameSchema,
  planObjectives,
  removePlanItem,
  renamePlanItem,
} from "@atelier/shared";
import { newId } from "../../board/new-id.ts";
import { t } from "../../i18n/text.ts";
import { usePlan } from "../plan-context.ts";
import { refusal } from "../validation.ts";
import { FicheList } from "./fiche-list.tsx";
import { MoveButtons } from "./move-buttons.tsx";
import { NewFicheButton } from "./new-fiche-button.tsx";
import { PlanItemHeader } from "./plan-item-header.tsx";
import { TitleForm } from "./title-form.tsx";

interface AxisSectionProps {
  axis: Axis;
  index: number;
  count: number;
  fiches: Fiche[];
}

/** One axis (enjeu): its objectives, each with its fiches, then the fiches not yet under an objective. */
export function AxisSection({ axis, index, count, fiches }: AxisSectionProps) {
  const { doc, canEdit, snapshot } = usePlan();
  const objectives = snapshot.objectives.filter((objective) => objective.axisId === axis.id);
  const known = new Set(objectives.map((objective) => objective.id));
  const loose = fiches.filter((fiche) => fiche.objectiveId === null || !known.has(fiche.objectiveId));
  const number = index + 1;
  const titleId = `axis-${axis.id}`;

  function rename(title: string) {
    const refused = refusal(AxisInputSchema.safeParse({ title }));
    if (!refused) renamePlanItem(doc, "axis", axis.id, title);
    return refused;
  }

  function addTo(title: string) {
    const parsed = ObjectiveInputSchema.safeParse({ axisId: axis.id, title });
    if (parsed.success) addObjective(doc, newId(), parsed.data);
    return refusal(parsed);
  }

  return (
    <section className="plan-axis" aria-labelledby={titleId}>
      <PlanItemHeader
        heading="h3"
        id={titleId}
        number={t.plan.axisNumber(number)}
        title={axis.title}
        renameLabel={t.plan.renameAxisLabel(axis.title)}
        onRename={rename}
        removal={{
          label: t.plan.removeAxisLabel(axis.title),
          question: t.plan.removeAxisQuestion(axis.title, fiches.length),
          onRemove: () => removePlanItem(doc, "axis", axis.id),
        }}
      >
        <MoveButtons title={axis.title} index={index} count={count} onMove={(to) => moveAxis(doc, axis.id, to)} />
      </PlanItemHeader>

      {objectives.length === 0 && fiches.length === 0 && <p className="muted">{t.plan.emptyAxis}</p>}
      {objectives.length > 0 && (
        <ol className="plan-objectives">
          {objectives.map((objective, position) => (
            <ObjectiveItem
              key={objective.id}
              objective={objective}
              number={`${number}.${position + 1}`}
              siblings={objectives}
              position={position}
              fiches={fiches.filter((fiche) => fiche.objectiveId === objective.id)}
            />
          ))}
        </ol>
      )}
      {loose.length > 0 && (
        <div className="plan-objective plan-objective--none">
          {objectives.length > 0 && <h4 className="plan-objective__none">{t.plan.withoutObjective}</h4>}
          <FicheList fiches={loose} />
        </div>
      )}

      {canEdit && (
        <div className="plan-axis__add plan-edit-only">
          <TitleForm label={t.plan.addObjectiveLabel(axis.title)} submitLabel={t.plan.addObjective} onSubmit={addTo} />
          <NewFicheButton axisId={axis.id} axisTitle={axis.title} />
        </div>
      )}
    </section>
  );
}

interface ObjectiveItemProps {
  objective: Objective;
  number: string;
  siblings: Objective[];
  position: number;
  fiches: Fiche[];
}

function ObjectiveItem({ objective, number, siblings, position, fiches }: ObjectiveItemProps) {
  const { doc } = usePlan();
  const titleId = `objective-${objective.id}`;

  function rename(title: string) {
    const refused = refusal(ObjectiveRenameSchema.safeParse({ title }));
    if (!refused) renamePlanItem(doc, "objective", objective.id, title);
    return refused;
  }

  return (
    <li className="plan-objective">
      <PlanItemHeader
        heading="h4"
        id={titleId}
        number={t.plan.objectiveNumber(number)}
        title={objective.title}
        renameLabel={t.plan.renameObjectiveLabel(objective.title)}
        onRename={rename}
        removal={{
          label: t.plan.removeObjectiveLabel(objective.title),
          question: t.plan.removeObjectiveQuestion(objective.title, fiches.length),
          onRemove: () => removePlanItem(doc, "objective", objective.id),
        }}
      >
        <MoveButtons
          title={objective.title}
          index={position}
          count={siblings.length}
          onMove={(to) => moveAmong(planObjectives(doc), siblings, objective.id, to)}
        />
      </PlanItemHeader>
      {fiches.length > 0 ? <FicheList fiches={fiches} /> : <p className="muted">{t.plan.emptyObjective}</p>}
    </li>
  );
}
