import { z } from "zod";
import { upgradeBudgetLine } from "./budget-line-upgrade.ts";
import type { Fiche } from "./fiche.ts";
import { describeBudgetLine } from "./financing-words.ts";
import { objectErrors } from "./validation.ts";

export const PlanVersionInputSchema = z.strictObject(
  {
    label: z.string().trim().min(1, "Le libellé de la version est obligatoire.").max(200),
    meetingId: z.string().min(1).max(64).nullable().default(null),
  },
  { error: objectErrors("Une version doit être un objet { label, meetingId? }.") },
);

export interface FicheChange {
  ficheId: string;
  title: string;
  fields: { field: string; before: string; after: string }[];
}

export interface PlanComparison {
  added: { ficheId: string; title: string }[];
  removed: { ficheId: string; title: string }[];
  changed: FicheChange[];
}

/** What a reader compares between two versions of a fiche, as text. */
function comparable(fiche: Fiche): Record<string, string> {
  return {
    Titre: fiche.title,
    Axe: fiche.axisId ?? "",
    Statut: fiche.status,
    Thématiques: fiche.themes.join(", "),
    "Public visé": fiche.targetPublic,
    Pilote: fiche.pilot,
    Partenaires: fiche.partners.join(", "),
    Calendrier: fiche.years.join(", "),
    Description: fiche.description,
    // A version stored before plan layout 3 holds lines with a free-text financer: read them as the plan now does.
    Budget: fiche.budget
      .flatMap((stored) => {
        const line = upgradeBudgetLine(stored);
        return line ? [describeBudgetLine(line)] : [];
      })
      // Layouts sort lines differently: the same lines read the same whatever their order.
      .sort((a, b) => a.localeCompare(b, "fr"))
      .join(" ; "),
    Indicateurs: fiche.indicators
      .map((indicator) => `${indicator.label} (cible ${indicator.target ?? "—"})`)
      .join(" ; "),
    Sources: fiche.sources.map((source) => source.title).join(" ; "),
  };
}

/** What was added, removed and changed (field by field) from one version of the plan to another. */
export function comparePlans(before: Fiche[], after: Fiche[]): PlanComparison {
  const earlier = new Map(before.map((fiche) => [fiche.id, fiche]));
  const later = new Map(after.map((fiche) => [fiche.id, fiche]));
  const changed: FicheChange[] = [];
  for (const fiche of after) {
    const previous = earlier.get(fiche.id);
    if (!previous) continue;
    const [old, now] = [comparable(previous), comparable(fiche)];
    const fields = Object.keys(now)
      .filter((field) => old[field] !== now[field])
      .map((field) => ({ field, before: old[field] ?? "", after: now[field] ?? "" }));
    if (fields.length > 0) changed.push({ ficheId: fiche.id, title: fiche.title, fields });
  }
  return {
    added: after.filter((fiche) => !earlier.has(fiche.id)).map(({ id, title }) => ({ ficheId: id, title })),
    removed: before.filter((fiche) => !later.has(fiche.id)).map(({ id, title }) => ({ ficheId: id, title })),
    changed,
  };
}
