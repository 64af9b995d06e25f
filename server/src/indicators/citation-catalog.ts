import {
  type CitationCheck,
  citesIndicator,
  citesService,
  type IndicatorView,
  isServiceCitation,
  type TerritoryService,
} from "@atelier/shared";
import type { Store } from "../store/store.ts";
import { indicatorView } from "./indicator-view.ts";

/** Spaces whose figures are kept at hand; the least recently used is let go first. */
const SPACES_KEPT = 256;

/**
 * The figures and services each space's cards may cite, read once from the store and kept until the space's
 * indicators or services change: the write guard asks at every judged update, and must not wait for a query each time.
 */
export class CitationCatalog {
  private readonly store: Store;
  private readonly bySpace = new Map<string, Promise<CitationCheck>>();

  constructor(store: Store) {
    this.store = store;
  }

  checkFor(spaceId: string): Promise<CitationCheck> {
    let check = this.bySpace.get(spaceId);
    if (check) this.bySpace.delete(spaceId);
    else check = this.load(spaceId);
    this.bySpace.set(spaceId, check);
    for (const oldest of this.bySpace.keys()) {
      if (this.bySpace.size <= SPACES_KEPT) break;
      this.bySpace.delete(oldest);
    }
    return check;
  }

  /** Called once a space's indicators were imported or corrected, or its services changed. */
  forget(spaceId: string): void {
    this.bySpace.delete(spaceId);
  }

  private async load(spaceId: string): Promise<CitationCheck> {
    try {
      const [indicatorRecords, serviceList] = await Promise.all([
        this.store.indicators.list(spaceId),
        this.store.territoryServices.list(spaceId),
      ]);
      const indicators = new Map<string, IndicatorView>();
      for (const record of indicatorRecords) indicators.set(record.id, indicatorView(record));
      const services = new Map<string, TerritoryService>(serviceList.map((service) => [service.id, service]));
      return (citation) => {
        if (isServiceCitation(citation)) {
          const service = services.get(citation.serviceId);
          return service !== undefined && citesService(citation, service);
        }
        const indicator = indicators.get(citation.indicatorId);
        return indicator !== undefined && citesIndicator(citation, indicator);
      };
    } catch (error) {
      // A failed read is not kept: the next update asks the store again.
      this.bySpace.delete(spaceId);
      throw error;
    }
  }
}
