import {
  PARTY_KINDS,
  type PartyKind,
  type SpacePatch,
  SpacePatchSchema,
  type SpaceView,
  type TerritoryPatch,
} from "@atelier/shared";
import { newId } from "../../board/new-id.ts";
import { checked, type FieldErrors, withNumbers } from "../../forms/field-errors.ts";
import { type NumberReading, readNumber, readValue, writeNumber } from "../../forms/number-text.ts";

/** A row of the form as typed; `key` keeps React's rows (and the focus) in place when one above is removed. */
export interface CommuneDraft {
  key: string;
  insee: string;
  name: string;
  population: string;
}

export interface PartyDraft {
  key: string;
  kind: PartyKind;
  name: string;
  representativeName: string;
  representativeTitle: string;
  /** As a date input gives it: "2021-12-15", or "" when not signed yet. */
  signedOn: string;
}

export interface TerritoryDraft {
  siren: string;
  epciName: string;
  epciPopulation: string;
  communes: CommuneDraft[];
  parties: PartyDraft[];
}

const populationText = (population: number | undefined) => writeNumber(population ?? null);

export function draftOf({ territory: { epci, communes }, parties }: SpaceView): TerritoryDraft {
  return {
    siren: epci?.siren ?? "",
    epciName: epci?.name ?? "",
    epciPopulation: populationText(epci?.population),
    communes: communes.map((commune) => ({
      key: newId(),
      insee: commune.insee,
      name: commune.name,
      population: populationText(commune.population),
    })),
    parties: parties.map((party) => ({
      key: newId(),
      kind: party.kind,
      name: party.name,
      representativeName: party.representative?.name ?? "",
      representativeTitle: party.representative?.title ?? "",
      signedOn: party.signedOn ?? "",
    })),
  };
}

export const newCommune = (): CommuneDraft => ({ key: newId(), insee: "", name: "", population: "" });

/** A new signatory starts as the first kind the list lacks: the Caf, then the EPCI, then the communes… */
export function newParty(parties: readonly PartyDraft[]): PartyDraft {
  const kind = PARTY_KINDS.find((candidate) => !parties.some((party) => party.kind === candidate)) ?? "autre";
  return { key: newId(), kind, name: "", representativeName: "", representativeTitle: "", signedOn: "" };
}

/** Empty text is no figure; a number goes to the schema, which words what is wrong with it. */
function population(typed: NumberReading): number | undefined {
  return readValue(typed) ?? undefined;
}

function epciOf(draft: TerritoryDraft, typed: NumberReading): TerritoryPatch["epci"] {
  if ([draft.siren, draft.epciName, draft.epciPopulation].every((text) => text.trim() === "")) return null;
  return { siren: draft.siren, name: draft.epciName, population: population(typed) };
}

export type DraftReading = { ok: true; patch: SpacePatch } | { ok: false; errors: FieldErrors };

/**
 * The whole territory and list of parties, checked with the API's own schema: errors are keyed by the fields'
 * paths ("territory.communes.2.insee"), which the rows use to show each next to its field.
 */
export function readDraft(draft: TerritoryDraft): DraftReading {
  const epciPopulation = readNumber(draft.epciPopulation);
  const communes = draft.communes.map((commune) => ({ ...commune, typed: readNumber(commune.population) }));
  const parsed = checked(SpacePatchSchema, {
    territory: {
      epci: epciOf(draft, epciPopulation),
      communes: communes.map(({ insee, name, typed }) => ({ insee, name, population: population(typed) })),
    },
    parties: draft.parties.map((party) => {
      const representative = party.representativeName.trim() !== "" || party.representativeTitle.trim() !== "";
      return {
        kind: party.kind,
        name: party.name,
        representative: representative
          ? { name: party.representativeName, title: party.representativeTitle.trim() || undefined }
          : undefined,
        signedOn: party.signedOn || undefined,
      };
    }),
  });
  const read = withNumbers(parsed, {
    "territory.epci.population": epciPopulation,
    ...Object.fromEntries(communes.map(({ typed }, index) => [`territory.communes.${index}.population`, typed])),
  });
  return read.ok ? { ok: true, patch: read.value } : read;
}
