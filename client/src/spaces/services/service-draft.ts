import {
  type ServiceFields,
  type ServiceInput,
  ServiceInputSchema,
  type ServiceKind,
  type TerritoryService,
} from "@atelier/shared";
import { type FieldErrors, fieldErrors } from "../../forms/field-errors.ts";
import { t } from "../../i18n/text.ts";

/** The form as typed: "" for the whole EPCI (a select's value) and for an unknown capacity. */
export interface ServiceDraft {
  kind: ServiceKind;
  name: string;
  communeInsee: string;
  capacity: string;
  manager: string;
  cafFunded: boolean;
  note: string;
}

export function draftOf(service?: TerritoryService): ServiceDraft {
  if (!service) {
    return { kind: "eaje", name: "", communeInsee: "", capacity: "", manager: "", cafFunded: false, note: "" };
  }
  return {
    kind: service.kind,
    name: service.name,
    communeInsee: service.communeInsee ?? "",
    capacity: service.capacity === null ? "" : String(service.capacity),
    manager: service.manager,
    cafFunded: service.cafFunded,
    note: service.note,
  };
}

/** The draft checked with the API's own schema, errors keyed by field; the whole service is sent, added or edited. */
export function readDraft(
  draft: ServiceDraft,
): { ok: true; input: ServiceFields } | { ok: false; errors: FieldErrors } {
  const capacity = draft.capacity.trim();
  if (capacity !== "" && !/^\d+$/.test(capacity))
    return { ok: false, errors: { capacity: t.territoryServices.notAWholeNumber } };
  const input: ServiceInput = {
    ...draft,
    communeInsee: draft.communeInsee || null,
    capacity: capacity === "" ? null : Number(capacity),
  };
  const parsed = ServiceInputSchema.safeParse(input);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}
