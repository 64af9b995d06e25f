import { type Axis, FICHE_STATUS_LABELS, FICHE_STATUSES } from "@atelier/shared";
import { t } from "../../i18n/text.ts";

/**
 * The comparison gives each field as stored text: a status code and an axis id mean nothing to a COPIL. They are
 * put back into words here; an axis deleted since keeps its id, the only trace left of it.
 */
export function readableValue(field: string, value: string, axes: readonly Axis[]): string {
  if (field === "Statut") {
    const status = FICHE_STATUSES.find((known) => known === value);
    return status ? FICHE_STATUS_LABELS[status] : value;
  }
  if (field === "Axe")
    return value === "" ? t.plan.fiche.noAxis : (axes.find((axis) => axis.id === value)?.title ?? value);
  return value === "" ? "—" : value;
}
