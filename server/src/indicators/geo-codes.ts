// The codes by which open-data files say where a row is: a commune's INSEE code, an EPCI's SIREN, a département's
// code, or France. Spreadsheets lose leading zeros ("1001" for Ambérieu-en-Bugey's "01001"): they are put back.
import { InseeCodeSchema, SirenSchema, withoutAccents } from "@atelier/shared";

/** France as a whole, or without its overseas départements ("FM" in the Caf's key figures). */
export type FranceVariant = "metropole" | "entiere";

export type Place =
  | { level: "commune"; code: string }
  | { level: "epci"; code: string }
  | { level: "departement"; code: string }
  | { level: "france"; variant: FranceVariant }
  | { level: "none" };

export const NOWHERE: Place = { level: "none" };

function codeText(cell: unknown): string {
  return String(cell ?? "")
    .replace(/\s/g, "")
    .toUpperCase();
}

/** "1001" is "01001", as Excel shows a commune code typed as a number. */
export function communeCode(cell: unknown): string | undefined {
  const text = codeText(cell);
  const padded = /^\d{4}$/.test(text) ? `0${text}` : text;
  const parsed = InseeCodeSchema.safeParse(padded);
  return parsed.success ? parsed.data : undefined;
}

export function epciCode(cell: unknown): string | undefined {
  const parsed = SirenSchema.safeParse(codeText(cell));
  return parsed.success ? parsed.data : undefined;
}

/** "66", "2A", "971"; "1" is "01". */
export function departementCode(cell: unknown): string | undefined {
  const text = codeText(cell);
  const padded = /^\d$/.test(text) ? `0${text}` : text;
  return /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$/.test(padded) ? padded : undefined;
}

/** The département a commune is in: "97" and a digit overseas, the first two characters elsewhere. */
export function departementOfCommune(insee: string): string {
  return insee.startsWith("97") ? insee.slice(0, 3) : insee.slice(0, 2);
}

const FRANCE_NAMES: Record<string, FranceVariant> = {
  FM: "metropole",
  FRM: "metropole",
  METRO: "metropole",
  METROPOLE: "metropole",
  FRANCE_METROPOLITAINE: "metropole",
  FRANCE_METRO: "metropole",
  FRANCE_HORS_DOM: "metropole",
  FE: "entiere",
  FR: "entiere",
  FRA: "entiere",
  FRANCE: "entiere",
  FRANCE_ENTIERE: "entiere",
  FRANCE_HORS_MAYOTTE: "entiere",
  NATIONAL: "entiere",
  TOTAL_FRANCE: "entiere",
};

/** "France", "FM", "France métropolitaine"… as a code or a name. */
export function franceVariant(cell: unknown): FranceVariant | undefined {
  const name = withoutAccents(String(cell ?? ""))
    .trim()
    .toUpperCase()
    .replace(/[\s\-.']+/g, "_");
  return FRANCE_NAMES[name];
}

/** A code whose shape says its level, as in the Insee's CODGEO or a column the facilitator mapped. */
export function placeOfCode(cell: unknown): Place {
  const text = codeText(cell);
  if (text === "") return NOWHERE;
  const epci = /^\d{9}$/.test(text) ? epciCode(text) : undefined;
  if (epci) return { level: "epci", code: epci };
  const commune = text.length >= 4 ? communeCode(text) : undefined;
  if (commune) return { level: "commune", code: commune };
  const departement = departementCode(text);
  if (departement) return { level: "departement", code: departement };
  const variant = franceVariant(cell);
  return variant ? { level: "france", variant } : NOWHERE;
}
