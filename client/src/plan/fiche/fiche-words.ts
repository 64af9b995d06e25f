import {
  type ComparedExtra,
  type FicheField,
  type FicheFieldWords,
  ficheFieldText,
  type ShownFicheFieldKey,
} from "@atelier/shared";
import { t } from "../../i18n/text.ts";
import { formatDate } from "../dates.ts";
import { usePlan } from "../plan-context.ts";
import { formatNumber } from "../validation.ts";

/** The words the page reads a fiche's fields with: its language, the plan's axes, the space's communes. */
export function useFicheWords(): FicheFieldWords {
  const { space, snapshot } = usePlan();
  const titles = new Map([...snapshot.axes, ...snapshot.objectives].map(({ id, title }) => [id, title]));
  const communes = new Map(space.territory.communes.map(({ insee, name }) => [insee, name]));
  return {
    options: t.ficheFields.options,
    // An axis deleted since keeps its id, the only trace left of it; a fiche without one says so.
    reference: (_key, id) => titles.get(id) ?? id,
    commune: (insee) => communes.get(insee) ?? insee,
    date: formatDate,
    number: formatNumber,
    milestones: t.ficheFields.milestonesLine,
  };
}

/** A field's value in words, "—" when nothing is said. */
export function fieldText(field: FicheField, value: unknown, words: FicheFieldWords): string {
  return ficheFieldText(field, value, words) || "—";
}

export function fieldLabel(key: ShownFicheFieldKey | ComparedExtra): string {
  return key in t.ficheFields.labels
    ? t.ficheFields.labels[key as ShownFicheFieldKey]
    : t.ficheFields.extras[key as ComparedExtra];
}

export function fieldHint(key: ShownFicheFieldKey): string | undefined {
  return (t.ficheFields.hints as Partial<Record<ShownFicheFieldKey, string>>)[key];
}
