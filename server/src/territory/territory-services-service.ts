import {
  citesService,
  compareServices,
  MAX_SERVICES_PER_SPACE,
  refreshCitations,
  type ServiceFields,
  type ServicePatch,
  ServicePatchSchema,
  serviceCitationOf,
  serviceTheme,
  type TerritoryService,
  withdrawCitations,
} from "@atelier/shared";
import type { DocumentWriter } from "../collab/document-writer.ts";
import type { CitationCatalog } from "../indicators/citation-catalog.ts";
import { rewriteCitingCards } from "../indicators/cited-cards.ts";
import { type Outcome, refused } from "../outcome.ts";
import { newId } from "../spaces/secrets.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { Store } from "../store/store.ts";

/**
 * The existing services of a space's territory (l'offre existante): facilitators record them, partners and observers
 * read them, cards cite them. A service sits in one of the territory's communes, or serves the whole EPCI.
 */
export class TerritoryServicesService {
  private readonly spaces: SpaceService;
  private readonly store: Store;
  private readonly writer: DocumentWriter;
  private readonly citations: CitationCatalog;

  constructor(spaces: SpaceService, store: Store, writer: DocumentWriter, citations: CitationCatalog) {
    this.spaces = spaces;
    this.store = store;
    this.writer = writer;
    this.citations = citations;
  }

  /** The space's services by kind then name (compareServices), each with its CTG theme (for the diagnostic). */
  async listServices(spaceId: string): Promise<TerritoryService[]> {
    return (await this.store.territoryServices.list(spaceId)).sort(compareServices);
  }

  async add(spaceId: string, input: ServiceFields): Promise<Outcome<TerritoryService>> {
    const commune = await this.communeName(spaceId, input.communeInsee);
    if (!commune.ok) return commune;
    const now = Date.now();
    const service: TerritoryService = {
      ...input,
      id: newId(),
      communeName: commune.value,
      themeHint: serviceTheme(input.kind),
      updatedAt: now,
    };
    if (!(await this.store.territoryServices.add({ ...service, spaceId, createdAt: now }, MAX_SERVICES_PER_SPACE))) {
      return refused(409, "servicesFull", { maximum: MAX_SERVICES_PER_SPACE });
    }
    this.citations.forget(spaceId);
    return { ok: true, value: service };
  }

  /** A key left out is kept; cards citing the service get its new name, kind, commune or capacity. */
  async update(spaceId: string, serviceId: string, input: ServicePatch): Promise<Outcome<TerritoryService>> {
    const patch = ServicePatchSchema.parse(input);
    const stored = await this.store.territoryServices.find(spaceId, serviceId);
    if (!stored) return refused(404, "serviceNotFound");
    // A commune since taken out of the territory stays the service's own until it moves.
    const moves = patch.communeInsee !== undefined && patch.communeInsee !== stored.communeInsee;
    const movedTo = moves ? await this.communeName(spaceId, patch.communeInsee ?? null) : undefined;
    if (movedTo && !movedTo.ok) return movedTo;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const kind = patch.kind ?? stored.kind;
    const service: TerritoryService = {
      ...stored,
      ...defined,
      communeName: movedTo ? movedTo.value : stored.communeName,
      themeHint: serviceTheme(kind),
      updatedAt: Date.now(),
    };
    if (!(await this.store.territoryServices.replace(spaceId, service))) return refused(404, "serviceNotFound");
    this.citations.forget(spaceId);
    if (!citesService(serviceCitationOf(service), stored)) {
      await rewriteCitingCards(this.spaces, this.writer, spaceId, (doc) =>
        refreshCitations(doc, serviceCitationOf(service)),
      );
    }
    return { ok: true, value: service };
  }

  /** A deleted service is no longer cited: the cards citing it lose their citation, as a card may cite only what is. */
  async remove(spaceId: string, serviceId: string): Promise<Outcome<null>> {
    const stored = await this.store.territoryServices.find(spaceId, serviceId);
    if (!stored || !(await this.store.territoryServices.delete(spaceId, serviceId))) {
      return refused(404, "serviceNotFound");
    }
    this.citations.forget(spaceId);
    await rewriteCitingCards(this.spaces, this.writer, spaceId, (doc) =>
      withdrawCitations(doc, serviceCitationOf(stored)),
    );
    return { ok: true, value: null };
  }

  /** The territory's name of the commune, null for the whole EPCI; a code outside the territory is refused. */
  private async communeName(spaceId: string, insee: string | null): Promise<Outcome<string | null>> {
    if (insee === null) return { ok: true, value: null };
    const space = await this.spaces.find(spaceId);
    if (!space) return refused(404, "spaceNotFound");
    const commune = space.territory.communes.find((candidate) => candidate.insee === insee);
    if (commune) return { ok: true, value: commune.name };
    return refused(400, "communeOutsideTerritory", { insee });
  }
}
