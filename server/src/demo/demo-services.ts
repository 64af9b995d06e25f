import type { ServiceFields } from "@atelier/shared";
import type { TerritoryServicesService } from "../territory/territory-services-service.ts";

const FINANCED_2019 = "Financé par la Caf en 2019 (présentation CTG du 9 juin 2021).";
/** Said where places are counted (crèches, accueils de loisirs), so that an empty capacity reads as unknown, not 0. */
const PLACES_UNSAID = "La présentation ne donne pas son nombre de places : à renseigner.";
const COUNTED_IN_PLACES: ReadonlySet<ServiceFields["kind"]> = new Set(["eaje", "alsh"]);

/**
 * The services the Caf financed in 2019, as the 9 June 2021 presentation lists them. It names neither the two
 * EAJE nor their communes, nor any capacity: those stay unsaid rather than invented (the note of those whose places
 * count says so), and every service is recorded for the whole EPCI.
 */
const DEMO_SERVICES: ServiceFields[] = (
  [
    { kind: "eaje", name: "Établissement d'accueil du jeune enfant n° 1" },
    { kind: "eaje", name: "Établissement d'accueil du jeune enfant n° 2" },
    { kind: "relais-petite-enfance", name: "Relais assistantes maternelles intercommunal" },
    { kind: "alsh", name: "Accueil de loisirs intercommunal multi-sites, extra et périscolaire" },
    { kind: "clas", name: "Contrat local d'accompagnement à la scolarité" },
    { kind: "evs", name: "Structure d'animation de la vie locale" },
  ] satisfies Pick<ServiceFields, "kind" | "name">[]
).map((service) => ({
  ...service,
  communeInsee: null,
  capacity: null,
  manager: "",
  cafFunded: true,
  note: COUNTED_IN_PLACES.has(service.kind) ? `${FINANCED_2019} ${PLACES_UNSAID}` : FINANCED_2019,
}));

export async function addDemoServices(services: TerritoryServicesService, spaceId: string): Promise<void> {
  for (const service of DEMO_SERVICES) {
    const added = await services.add(spaceId, service);
    if (!added.ok) throw new Error(`Le service d'exemple « ${service.name} » est refusé : ${added.error}`);
  }
}
