import { type FicheFieldWords, type FieldChange, ficheField, fieldValue } from "@atelier/shared";
import { fieldLabel, fieldText } from "../fiche/fiche-words.ts";

/**
 * A changed field in words. The comparison names fields by code and gives a fiche field's value as stored (codes,
 * ids, INSEE codes, days), which mean nothing to a COPIL: they are worded here, as the fiche itself words them.
 */
export function readableChange(
  change: FieldChange,
  words: FicheFieldWords,
): { label: string; before: string; after: string } {
  const field = ficheField(change.field);
  const text = (value: unknown) => (field ? fieldText(field, fieldValue(field, value), words) : String(value) || "—");
  return { label: fieldLabel(change.field), before: text(change.before), after: text(change.after) };
}
