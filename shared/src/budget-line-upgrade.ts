import * as Y from "yjs";
import { type BudgetLine, BudgetLineSchema, type Financer, type FinancerKind } from "./budget-line.ts";
import { withoutAccents } from "./text-folding.ts";

/**
 * Names people typed in the free-text financer of plan layout 2, as words once accents, case and punctuation are
 * set aside. Only a name that is the kind itself loses its text; "Commune de Prades" keeps "Commune de Prades".
 */
const KIND_NAMES: readonly [FinancerKind, RegExp][] = [
  ["caf", /^(la )?caf\b/],
  ["msa", /^(la )?msa\b/],
  ["cpam", /^(la )?cpam\b/],
  ["france-travail", /^(france travail|pole emploi)\b/],
  ["epci", /^(l )?(epci|cdc|cc|communaute (de communes|d agglomeration)|agglo|intercommunalite)\b/],
  ["departement", /^(le )?(departement|conseil departemental|cd ?\d{2,3})\b/],
  ["etat", /^(l )?(etat|prefecture|ddets|dreets)\b/],
  ["commune", /^(la )?(commune|communes|mairie|ville)\b/],
];

const plain = (text: string) =>
  withoutAccents(text)
    .toLocaleLowerCase("fr")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** A financer from the text of an older line: a known kind when the text names one, otherwise "autre" with it. */
export function financerFromText(text: string): Financer {
  const label = text.trim();
  const words = plain(label);
  const known = KIND_NAMES.find(([, pattern]) => pattern.test(words));
  if (!known) return { kind: "autre", label };
  const [kind, pattern] = known;
  // "Caf" alone is the kind; "Caf des Pyrénées-Orientales" says more, which is kept.
  return { kind, label: words.replace(pattern, "").trim() === "" ? "" : label };
}

/** A line in either layout, as a line of the current one; undefined when it was never a valid line. */
export function upgradeBudgetLine(value: unknown): BudgetLine | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  // A line as a fiche lists it carries its id beside its fields: only the fields are judged.
  const { financer, nature, dispositif, amount, year } = value as Record<string, unknown>;
  const current = BudgetLineSchema.safeParse({ financer, nature, dispositif, year, amount });
  if (current.success) return current.data;
  if (typeof financer !== "string") return undefined;
  const upgraded = BudgetLineSchema.safeParse({
    financer: financerFromText(financer),
    nature: null,
    dispositif: null,
    year,
    // Older lines were not held to cents: a stray fraction of a cent is rounded rather than dropping the line.
    amount: typeof amount === "number" ? Math.round(amount * 100) / 100 : amount,
  });
  return upgraded.success ? upgraded.data : undefined;
}

/**
 * Plan layout 3: a budget line's financer becomes a kind of party with a label, and the line gains its nature and
 * the Caf's dispositif (not said yet: null). A line this cannot read is left as it was, never dropped.
 */
export function migrateBudgetLines(doc: Y.Doc): void {
  doc.getMap<Y.Map<unknown>>("fiches").forEach((fiche) => {
    const budget = fiche.get("budget");
    if (!(budget instanceof Y.Map)) return;
    for (const [id, value] of [...budget.entries()]) {
      if (BudgetLineSchema.safeParse(value).success) continue;
      const line = upgradeBudgetLine(value);
      if (line) budget.set(id, line);
    }
  });
}
