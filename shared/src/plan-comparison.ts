import { z } from "zod";
import type { Fiche } from "./fiche.ts";
import { objectErrors } from "./validation.ts";

export const MEETING_KINDS = ["copil", "comite-operationnel"] as const;

export const MeetingInputSchema = z.strictObject(
  {
    date: z.iso.date({ error: "La date doit être au format AAAA-MM-JJ." }),
    kind: z.enum(MEETING_KINDS, { error: "Le comité est un COPIL ou un comité opérationnel." }),
    title: z.string().trim().min(1, "Le titre de la réunion est obligatoire.").max(200),
    decisions: z.string().trim().max(10_000, "Les décisions dépassent 10 000 caractères.").default(""),
  },
  { error: objectErrors("Une réunion doit être un objet { date, kind, title, decisions? }.") },
);
export type MeetingInput = z.input<typeof MeetingInputSchema>;

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
    Budget: fiche.budget.map((line) => `${line.financer} ${line.year} : ${line.amount} €`).join(" ; "),
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
