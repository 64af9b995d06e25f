import { z } from "zod/mini";
import { upgradeBudgetLine } from "./budget-line-upgrade.ts";
import type { Fiche } from "./fiche.ts";
import { FICHE_FIELDS, type FicheFieldValue, fieldValue, type ShownFicheFieldKey } from "./fiche-fields.ts";
import { describeBudgetLine } from "./financing-words.ts";
import { problem } from "./problems.ts";
import { objectErrors } from "./validation.ts";

export const PlanVersionInputSchema = z.strictObject(
  {
    label: z.string().check(z.trim(), z.minLength(1, problem("required", "versionLabel")), z.maxLength(200)),
    meetingId: z._default(z.nullable(z.string().check(z.minLength(1), z.maxLength(64))), null),
  },
  { error: objectErrors("versionNotObject") },
);

/** What a comparison names besides the fiche's fields (fiche-fields.ts), which it names by their codes. */
export const COMPARED_EXTRAS = ["description", "budget", "indicators", "sources"] as const;
export type ComparedExtra = (typeof COMPARED_EXTRAS)[number];

/**
 * A field that changed: a fiche field with its values (codes and ids, which the reader words), or one of the
 * extras as text.
 */
export type FieldChange =
  | { field: ShownFicheFieldKey; before: FicheFieldValue; after: FicheFieldValue }
  | { field: ComparedExtra; before: string; after: string };

export interface FicheChange {
  ficheId: string;
  title: string;
  fields: FieldChange[];
}

export interface PlanComparison {
  added: { ficheId: string; title: string }[];
  removed: { ficheId: string; title: string }[];
  changed: FicheChange[];
}

/**
 * What a reader compares between two versions of a fiche, field by field. A version keeps its fiches as they were
 * read then: a field added since reads as its empty value, as the plan's migration gave it to the fiches.
 */
function comparable(fiche: Fiche): { field: FieldChange["field"]; value: FicheFieldValue }[] {
  const extras: Record<ComparedExtra, string> = {
    description: fiche.description,
    // A version stored before plan layout 3 holds lines with a free-text financer: read them as the plan now does.
    budget: fiche.budget
      .flatMap((stored) => {
        const line = upgradeBudgetLine(stored);
        return line ? [describeBudgetLine(line)] : [];
      })
      // Layouts sort lines differently: the same lines read the same whatever their order.
      .sort((a, b) => a.localeCompare(b, "fr"))
      .join(" ; "),
    indicators: fiche.indicators
      .map((indicator) => `${indicator.label} (cible ${indicator.target ?? "—"})`)
      .join(" ; "),
    sources: fiche.sources.map((source) => source.title).join(" ; "),
  };
  return [
    ...FICHE_FIELDS.map((field) => ({
      field: field.key,
      value: fieldValue(field, (fiche as unknown as Record<string, unknown>)[field.key]),
    })),
    ...COMPARED_EXTRAS.map((field) => ({ field, value: extras[field] })),
  ];
}

/** Whether a comparison found nothing added, removed or changed: the two versions hold the same fiches. */
export function noDifference({ added, removed, changed }: PlanComparison): boolean {
  return added.length + removed.length + changed.length === 0;
}

/** What was added, removed and changed (field by field) from one version of the plan to another. */
export function comparePlans(before: Fiche[], after: Fiche[]): PlanComparison {
  const earlier = new Map(before.map((fiche) => [fiche.id, fiche]));
  const later = new Map(after.map((fiche) => [fiche.id, fiche]));
  const changed: FicheChange[] = [];
  for (const fiche of after) {
    const previous = earlier.get(fiche.id);
    if (!previous) continue;
    const old = comparable(previous);
    const fields = comparable(fiche).flatMap(({ field, value }, index) => {
      const before = old[index]?.value;
      // Both lists follow the same order: the field at an index is the same in both.
      return JSON.stringify(before) === JSON.stringify(value) ? [] : [{ field, before, after: value } as FieldChange];
    });
    if (fields.length > 0) changed.push({ ficheId: fiche.id, title: fiche.title, fields });
  }
  return {
    added: after.filter((fiche) => !earlier.has(fiche.id)).map(({ id, title }) => ({ ficheId: id, title })),
    removed: before.filter((fiche) => !later.has(fiche.id)).map(({ id, title }) => ({ ficheId: id, title })),
    changed,
  };
}
