import { z } from "zod/mini";
import { type IndicatorCitation, IndicatorCitationSchema } from "./indicator.ts";
import { type ServiceCitation, ServiceCitationSchema } from "./territory-services.ts";

/**
 * What a card may cite: a figure of the space's indicators, or a service of its territory, copied as it stands. The
 * server accepts a citation only when it is the space's own, whole (see CitationCheck in board-permissions.ts).
 */
export const CitationSchema = z.union([IndicatorCitationSchema, ServiceCitationSchema]);
export type Citation = z.infer<typeof CitationSchema>;

export function isServiceCitation(citation: Citation): citation is ServiceCitation {
  return "serviceId" in citation;
}

/** What the citation copies, the same for a card's copy and the refreshed one: an indicator or a service. */
export function citedKey(citation: Citation): string {
  return isServiceCitation(citation) ? `service:${citation.serviceId}` : `indicator:${citation.indicatorId}`;
}

/** The figure a citation copies, or undefined when it cites a service (or nothing). */
export function citedFigure(citation: Citation | undefined): IndicatorCitation | undefined {
  return citation && !isServiceCitation(citation) ? citation : undefined;
}
