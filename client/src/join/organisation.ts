import type { FieldErrors } from "../forms/field-errors.ts";
import { t } from "../i18n/text.ts";

/** A partner's structure: one of the usual CTG signatories or partners, with an optional precision. */
export interface OrganisationAnswer {
  choice: string;
  precision: string;
}

export const NO_ORGANISATION: OrganisationAnswer = { choice: "", precision: "" };

export const OTHER_ORGANISATION = t.join.organisationOther;

/** What the others read beside the partner's name: "Commune – Prades", or the precision alone for "Autre". */
export function organisationText({ choice, precision }: OrganisationAnswer): string {
  const detail = precision.trim();
  if (choice === OTHER_ORGANISATION) return detail;
  return detail ? `${choice} – ${detail}` : choice;
}

export function organisationErrors({ choice, precision }: OrganisationAnswer): FieldErrors {
  if (!choice) return { organisationChoice: t.join.organisationError };
  if (choice === OTHER_ORGANISATION && !precision.trim()) return { organisation: t.join.precisionError };
  return {};
}
