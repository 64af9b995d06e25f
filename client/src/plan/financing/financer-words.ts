import { type BudgetLine, type Financer, financerName } from "@atelier/shared";
import { t } from "../../i18n/text.ts";

/** A financer as the totals name it in the interface's language: "Caf", "Commune — Prades", "Région Occitanie". */
export function financerLabel(financer: Financer): string {
  return financerName(financer, t.partyKinds);
}

/** A financer as a line names it: its kind, and the name it was given ("Caf — Caf des Pyrénées-Orientales"). */
export function financerWithName(financer: Financer): string {
  const kind = t.partyKinds[financer.kind];
  return financer.label ? t.plan.financing.named(kind, financer.label) : kind;
}

/** A budget line as labels name it for screen readers: "Caf, 2023". */
export function lineName(line: Pick<BudgetLine, "financer" | "year">): string {
  return t.plan.budget.line(financerWithName(line.financer), line.year);
}

export function natureText(line: Pick<BudgetLine, "nature">): string {
  return line.nature ? t.plan.financing.natures[line.nature] : t.plan.financing.unsaid;
}

/** Empty for another financer than the Caf, who has no dispositif. */
export function dispositifText(line: Pick<BudgetLine, "financer" | "dispositif">): string {
  if (line.financer.kind !== "caf") return "";
  return line.dispositif ? t.plan.financing.dispositifs[line.dispositif] : t.plan.financing.unsaid;
}
