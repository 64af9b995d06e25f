import { z } from "zod/mini";
import { YearSchema } from "./fiche-fields.ts";
import { PARTY_KINDS, type PartyKind } from "./parties.ts";
import { problem } from "./problems.ts";
import { objectErrors } from "./validation.ts";

/** Whoever pays a budget line is one of the kinds of party a CTG may have (the Caf, the EPCI, a commune…). */
export const FINANCER_KINDS = PARTY_KINDS;
export type FinancerKind = PartyKind;

/** Kinds that a territory may count several of: their label tells them apart in the totals. */
const NAMED_FINANCER_KINDS: ReadonlySet<FinancerKind> = new Set(["commune", "autre"]);

export const NATURES = ["fonctionnement", "investissement"] as const;
export type Nature = (typeof NATURES)[number];

/** How the Caf pays: the CTG moves the Contrats enfance jeunesse (CEJ) to the bonus territoire. */
export const CAF_DISPOSITIFS = [
  "prestation-de-service",
  "bonus-territoire-ctg",
  "fonds-publics-et-territoires",
  "cej",
  "subvention-action-sociale",
  "autre",
] as const;
export type CafDispositif = (typeof CAF_DISPOSITIFS)[number];

/** Euros with their cents: an amount is stored as the euros a person typed, summed in whole cents. */
export const EurosSchema = z.number({ error: problem("amountNotNumber") }).check(
  z.nonnegative(problem("amountNegative")),
  z.maximum(1_000_000_000, problem("amountTooBig")),
  z.refine((amount) => Number(amount.toFixed(2)) === amount, problem("amountCents")),
);

export const FinancerSchema = z
  .strictObject(
    {
      kind: z.enum(FINANCER_KINDS, { error: problem("financerKindUnknown") }),
      /** The party's or commune's name; required for "autre", which has no other name. */
      label: z
        .string({ error: problem("notText", "financerName") })
        .check(z.trim(), z.maxLength(160, problem("tooLong", "financerName"))),
    },
    { error: objectErrors("financerNotObject") },
  )
  .check(
    z.refine((financer) => financer.kind !== "autre" || financer.label !== "", {
      message: problem("financerUnnamed"),
      path: ["label"],
    }),
  );
export type Financer = z.infer<typeof FinancerSchema>;

export const BudgetLineSchema = z
  .strictObject(
    {
      financer: FinancerSchema,
      /** null: not said yet (lines written before the nature existed). */
      nature: z.nullable(z.enum(NATURES, { error: problem("natureUnknown") })),
      /** The Caf's dispositif, for a line the Caf pays; null when it is not said yet or another party pays. */
      dispositif: z.nullable(
        z.enum(CAF_DISPOSITIFS, {
          error: problem("dispositifUnknown"),
        }),
      ),
      year: YearSchema,
      amount: EurosSchema,
    },
    { error: objectErrors("budgetLineNotObject") },
  )
  .check(
    z.refine((line) => line.dispositif === null || line.financer.kind === "caf", {
      message: problem("dispositifNotCaf"),
      path: ["dispositif"],
    }),
  );
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/** A commune or an "other" financer goes by its name: there may be several of the kind. */
export function isNamedFinancerKind(kind: FinancerKind): boolean {
  return NAMED_FINANCER_KINDS.has(kind);
}

/** The same financer in every total: the Caf is one whatever its label, communes and others go by their name. */
export function financerKey(financer: Financer): string {
  return NAMED_FINANCER_KINDS.has(financer.kind)
    ? `${financer.kind}:${financer.label.trim().toLocaleLowerCase("fr")}`
    : financer.kind;
}

/** A financer as totals name it, from the words of a language for each kind. */
export function financerName(financer: Financer, kindWords: Readonly<Record<FinancerKind, string>>): string {
  if (!NAMED_FINANCER_KINDS.has(financer.kind) || financer.label === "") return kindWords[financer.kind];
  return financer.kind === "autre" ? financer.label : `${kindWords[financer.kind]} — ${financer.label}`;
}

export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** Sums euros in whole cents, so that 0.10 + 0.20 is 0.30 and 15 000,50 € stays 15 000,50 €. */
export function sumEuros(amounts: Iterable<number>): number {
  let cents = 0;
  for (const amount of amounts) cents += toCents(amount);
  return cents / 100;
}

/** What a fiche's budget lines add up to, in whole cents: the fiche list and the fiche's own table show the same. */
export function budgetTotal(lines: readonly { amount: number }[]): number {
  return sumEuros(lines.map((line) => line.amount));
}

/** Amounts as a reader of `locale` expects them: "12 500 €", and "15 000,50 €" when there are cents. */
export function formatEuros(amount: number, locale = "fr-FR"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", ...euroDigits(amount) }).format(amount);
}

/** Cents written out when an amount has some, none otherwise: "15 000 €", "15 000,50 €". */
export function euroDigits(amount: number): { minimumFractionDigits: number; maximumFractionDigits: number } {
  const cents = Number.isInteger(amount) ? 0 : 2;
  return { minimumFractionDigits: cents, maximumFractionDigits: cents };
}
