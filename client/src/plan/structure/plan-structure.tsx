import { AxisInputSchema, addAxis } from "@atelier/shared";
import { newId } from "../../board/new-id.ts";
import { t } from "../../i18n/text.ts";
import { usePlan } from "../plan-context.ts";
import { VIEW_TITLE_ID } from "../plan-paths.ts";
import { refusal } from "../validation.ts";
import { AxisSection } from "./axis-section.tsx";
import { TitleForm } from "./title-form.tsx";
import { UnplacedFiches } from "./unplaced-fiches.tsx";
import "./structure.css";

/** The plan's tree: fiches waiting for an axis, then axes → objectives → fiches actions. */
export function PlanStructure() {
  const { doc, canEdit, snapshot } = usePlan();
  const { sections } = snapshot.report;
  const unplaced = sections.find((section) => section.axis === null)?.fiches ?? [];
  const axes = sections.flatMap((section) => (section.axis ? [{ axis: section.axis, fiches: section.fiches }] : []));

  function add(title: string) {
    const parsed = AxisInputSchema.safeParse({ title });
    if (parsed.success) addAxis(doc, newId(), parsed.data);
    return refusal(parsed);
  }

  return (
    <section className="plan-view" aria-labelledby={VIEW_TITLE_ID}>
      <div className="plan-view__head">
        <h2 id={VIEW_TITLE_ID} tabIndex={-1}>
          {t.plan.structureTitle}
        </h2>
        <p className="muted">{t.plan.structureIntro(axes.length, snapshot.fiches.length)}</p>
      </div>
      {unplaced.length > 0 && <UnplacedFiches fiches={unplaced} />}
      {axes.length === 0 && <p className="plan-empty">{canEdit ? t.plan.noAxesEditor : t.plan.noAxes}</p>}
      {axes.map(({ axis, fiches }, index) => (
        <AxisSection key={axis.id} axis={axis} index={index} count={axes.length} fiches={fiches} />
      ))}
      {canEdit && (
        <section className="panel plan-add-axis plan-edit-only" aria-labelledby="add-axis-title">
          <h3 id="add-axis-title">{t.plan.addAxisTitle}</h3>
          <TitleForm label={t.plan.axisTitleLabel} submitLabel={t.plan.addAxis} onSubmit={add} />
        </section>
      )}
    </section>
  );
}
