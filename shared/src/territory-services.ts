import { z } from "zod/mini";
import type { Citation } from "./citation.ts";
import { type ProblemSubject, problem } from "./problems.ts";
import { InseeCodeSchema } from "./territory.ts";
import { objectErrors } from "./validation.ts";

/**
 * The existing services of the territory (l'offre existante) as a diagnostic partagé lists them: établissement
 * d'accueil du jeune enfant, micro-crèche, relais petite enfance, lieu d'accueil enfants-parents, accueil de loisirs
 * sans hébergement, accueil jeunes, contrat local d'accompagnement à la scolarité, centre social, espace de vie
 * sociale, ludothèque, point information jeunesse, France services, maison d'assistants maternels.
 */
export const SERVICE_KINDS = [
  "eaje",
  "micro-creche",
  "relais-petite-enfance",
  "laep",
  "alsh",
  "accueil-jeunes",
  "clas",
  "centre-social",
  "evs",
  "ludotheque",
  "pij",
  "france-services",
  "mam",
  "autre",
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/**
 * The CTG theme each kind of service belongs to, as the default boards name them (DEFAULT_THEMES): the Caf files
 * the CLAS and the ludothèques under parentalité. An "autre" service says nothing of its theme.
 */
const THEME_OF_KIND: Record<ServiceKind, string | null> = {
  eaje: "Petite enfance",
  "micro-creche": "Petite enfance",
  "relais-petite-enfance": "Petite enfance",
  mam: "Petite enfance",
  alsh: "Enfance-Jeunesse",
  "accueil-jeunes": "Enfance-Jeunesse",
  laep: "Parentalité",
  clas: "Parentalité",
  ludotheque: "Parentalité",
  pij: "Accès aux droits / Jeunes adultes",
  "france-services": "Accès aux droits / Jeunes adultes",
  "centre-social": "Animation de la vie sociale / Logement",
  evs: "Animation de la vie sociale / Logement",
  autre: null,
};

export function serviceTheme(kind: ServiceKind): string | null {
  return THEME_OF_KIND[kind];
}

/** Well above any territory's offer: a large EPCI counts a few hundred services. */
export const MAX_SERVICES_PER_SPACE = 500;
/** Well above the largest crèche or accueil de loisirs. */
export const MAX_SERVICE_CAPACITY = 5000;
export const SERVICE_NAME_MAX = 160;
export const SERVICE_MANAGER_MAX = 160;
export const SERVICE_NOTE_MAX = 1000;

const text = (what: ProblemSubject, max: number) =>
  z.string({ error: problem("notText", what) }).check(z.trim(), z.maxLength(max, problem("tooLong", what)));

const FIELDS = {
  kind: z.enum(SERVICE_KINDS, { error: problem("serviceKindUnknown") }),
  name: text("serviceName", SERVICE_NAME_MAX).check(z.minLength(1, problem("required", "serviceName"))),
  /** null: the service serves the whole EPCI rather than one commune. */
  communeInsee: z.nullable(InseeCodeSchema),
  /** Places (agrément, capacité d'accueil); null when not known or not counted in places. */
  capacity: z.nullable(
    z
      .number({ error: problem("capacityNotInteger") })
      .check(
        z.int(problem("capacityNotInteger")),
        z.minimum(0, problem("capacityNegative")),
        z.maximum(MAX_SERVICE_CAPACITY, problem("capacityTooBig")),
      ),
  ),
  manager: text("manager", SERVICE_MANAGER_MAX),
  /** The Caf finances it (prestation de service, bonus territoire…). */
  cafFunded: z.boolean({ error: problem("cafFundedNotBoolean") }),
  note: text("note", SERVICE_NOTE_MAX),
};

export const ServiceInputSchema = z.strictObject(
  {
    kind: FIELDS.kind,
    name: FIELDS.name,
    communeInsee: z._default(FIELDS.communeInsee, null),
    capacity: z._default(FIELDS.capacity, null),
    manager: z._default(FIELDS.manager, ""),
    cafFunded: z._default(FIELDS.cafFunded, false),
    note: z._default(FIELDS.note, ""),
  },
  {
    error: objectErrors("serviceNotObject"),
  },
);
export type ServiceInput = z.input<typeof ServiceInputSchema>;
export type ServiceFields = z.output<typeof ServiceInputSchema>;

/** A key left out keeps what the service has; `communeInsee: null` makes it intercommunal, `capacity: null` unknown. */
export const ServicePatchSchema = z
  .strictObject(
    {
      kind: z.optional(FIELDS.kind),
      name: z.optional(FIELDS.name),
      communeInsee: z.optional(FIELDS.communeInsee),
      capacity: z.optional(FIELDS.capacity),
      manager: z.optional(FIELDS.manager),
      cafFunded: z.optional(FIELDS.cafFunded),
      note: z.optional(FIELDS.note),
    },
    {
      error: objectErrors("servicePatchNotObject"),
    },
  )
  .check(z.refine((patch) => Object.keys(patch).length > 0, problem("servicePatchEmpty")));
export type ServicePatch = z.input<typeof ServicePatchSchema>;

/**
 * A service of the territory as the API gives it. `communeName` is the territory's name of its commune when the
 * service was recorded (null for the whole EPCI), so that the service reads on its own; `themeHint` follows its kind.
 */
export interface TerritoryService extends ServiceFields {
  id: string;
  communeName: string | null;
  themeHint: string | null;
  updatedAt: number;
}

/** The order services are listed in: by kind, as SERVICE_KINDS goes from early childhood to social life, then name. */
export function compareServices(a: TerritoryService, b: TerritoryService): number {
  return (
    SERVICE_KINDS.indexOf(a.kind) - SERVICE_KINDS.indexOf(b.kind) ||
    a.name.localeCompare(b.name, "fr", { sensitivity: "base", numeric: true })
  );
}

export interface ServiceTally {
  count: number;
  /** The places of the services whose capacity is known. */
  places: number;
  /** Services whose capacity is not known: their places are not in `places`. */
  withoutCapacity: number;
}

export interface ServicesSummary extends ServiceTally {
  /** In the order of SERVICE_KINDS, kinds without a service left out. */
  byKind: (ServiceTally & { kind: ServiceKind })[];
  /** The intercommunal services first (communeInsee null), then the communes by name. */
  byCommune: (ServiceTally & { communeInsee: string | null; communeName: string | null })[];
}

const emptyTally = (): ServiceTally => ({ count: 0, places: 0, withoutCapacity: 0 });

function count(tally: ServiceTally, service: TerritoryService): void {
  tally.count++;
  if (service.capacity === null) tally.withoutCapacity++;
  else tally.places += service.capacity;
}

/** How many services, and how many places, of each kind and in each commune. */
export function summarizeServices(services: readonly TerritoryService[]): ServicesSummary {
  const total = emptyTally();
  const byKind = new Map<ServiceKind, ServiceTally>();
  const byCommune = new Map<string | null, ServiceTally & { communeName: string | null }>();
  for (const service of services) {
    count(total, service);
    const kind = byKind.get(service.kind) ?? emptyTally();
    byKind.set(service.kind, kind);
    count(kind, service);
    const commune = byCommune.get(service.communeInsee) ?? { ...emptyTally(), communeName: service.communeName };
    byCommune.set(service.communeInsee, commune);
    count(commune, service);
  }
  return {
    ...total,
    byKind: SERVICE_KINDS.flatMap((kind) => {
      const tally = byKind.get(kind);
      return tally ? [{ kind, ...tally }] : [];
    }),
    byCommune: [...byCommune]
      .map(([communeInsee, tally]) => ({ communeInsee, ...tally }))
      .sort((a, b) =>
        a.communeInsee === null || b.communeInsee === null
          ? Number(a.communeInsee !== null) - Number(b.communeInsee !== null)
          : (a.communeName ?? a.communeInsee).localeCompare(b.communeName ?? b.communeInsee, "fr"),
      ),
  };
}

/**
 * A service cited on a card, copied from the service so the card reads on its own; the server rewrites it on every
 * card when the service is edited, and takes it off when the service is deleted.
 */
export const ServiceCitationSchema = z.strictObject({
  serviceId: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.maxLength(SERVICE_NAME_MAX)),
  kind: z.enum(SERVICE_KINDS),
  communeInsee: z.nullable(z.string().check(z.maxLength(5))),
  communeName: z.nullable(z.string().check(z.maxLength(100))),
  capacity: z.nullable(z.number().check(z.int())),
});
export type ServiceCitation = z.infer<typeof ServiceCitationSchema>;

export function serviceCitationOf(service: TerritoryService): ServiceCitation {
  const { id, name, kind, communeInsee, communeName, capacity } = service;
  return { serviceId: id, name, kind, communeInsee, communeName, capacity };
}

/** Whether a card's citation is this service as it stands: what serviceCitationOf gives for it. */
export function citesService(citation: Citation, service: TerritoryService): boolean {
  if (!("serviceId" in citation)) return false;
  const own = serviceCitationOf(service);
  return (
    citation.serviceId === own.serviceId &&
    citation.name === own.name &&
    citation.kind === own.kind &&
    citation.communeInsee === own.communeInsee &&
    citation.communeName === own.communeName &&
    citation.capacity === own.capacity
  );
}
