import type { ServiceCitation } from "@atelier/shared";
import { t } from "../../i18n/text.ts";

/** A service's kind, place and places in words, as a cited service and the picker's options show them. */
export function serviceFacts(service: Pick<ServiceCitation, "kind" | "communeName" | "communeInsee" | "capacity">) {
  const text = t.territoryServices;
  return [
    text.kinds[service.kind],
    service.communeName ?? service.communeInsee ?? text.intercommunal,
    ...(service.capacity === null ? [] : [text.places(service.capacity)]),
  ];
}
