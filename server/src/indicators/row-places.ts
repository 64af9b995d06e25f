import { withoutAccents } from "@atelier/shared";
import {
  communeCode,
  departementCode,
  epciCode,
  franceVariant,
  NOWHERE,
  type Place,
  placeOfCode,
} from "./geo-codes.ts";
import type { GeoColumns } from "./open-data-layout.ts";

/** Where a row is, and what it says of its commune's EPCI and département, when it says so. */
export interface RowPlace {
  place: Place;
  epci?: string;
  departement?: string;
}

const LEVEL_NAMES: Record<string, Place["level"]> = {
  COM: "commune",
  COMMUNE: "commune",
  EPCI: "epci",
  DEP: "departement",
  DEPARTEMENT: "departement",
};

const isBlank = (cell: unknown) => String(cell ?? "").trim() === "";

/** The level a level column names, the France variant it may name, or "none" for a level the atelier has no use of. */
function levelOf(cell: unknown): Place | Place["level"] | undefined {
  if (isBlank(cell)) return undefined;
  const variant = franceVariant(cell);
  if (variant) return { level: "france", variant };
  const name = withoutAccents(String(cell)).trim().toUpperCase();
  // Regions, arrondissements, cantons… are levels of their own, not the codes of ours they may look like.
  return LEVEL_NAMES[name] ?? "none";
}

function codeAt(level: Place["level"], cell: unknown): Place {
  const code =
    level === "commune"
      ? communeCode(cell)
      : level === "epci"
        ? epciCode(cell)
        : level === "departement"
          ? departementCode(cell)
          : undefined;
  return code && level !== "none" && level !== "france" ? { level, code } : NOWHERE;
}

/**
 * The finest key a row fills says where it is: a commune's row in a Caf file also names its EPCI and département.
 * A key filled with no valid code (the Caf's 99999 abroad, XXXXX unknown) places the row nowhere.
 */
function placeByKeys(geo: GeoColumns, cells: unknown[]): Place {
  const keys: [Place["level"] | "code", number | undefined][] = [
    ["commune", geo.commune],
    ["code", geo.code],
    ["epci", geo.epci],
    ["departement", geo.departement],
  ];
  for (const [level, position] of keys) {
    if (position === undefined || isBlank(cells[position])) continue;
    return level === "code" ? placeOfCode(cells[position]) : codeAt(level, cells[position]);
  }
  return NOWHERE;
}

export function placeOfRow(geo: GeoColumns, cells: unknown[]): RowPlace {
  const level = geo.level === undefined ? undefined : levelOf(cells[geo.level]);
  let place: Place;
  if (typeof level === "object") place = level;
  else if (level === "none") place = NOWHERE;
  else if (level !== undefined) {
    const position = geo.code ?? (level === "commune" ? geo.commune : level === "epci" ? geo.epci : geo.departement);
    place = position === undefined ? NOWHERE : codeAt(level, cells[position]);
  } else place = placeByKeys(geo, cells);
  if (place.level === "none") {
    // A France row of a file keyed by communes may have no code, only its name.
    const variant = geo.names.map((position) => franceVariant(cells[position])).find(Boolean);
    if (variant) place = { level: "france", variant };
  }
  return {
    place,
    epci: geo.epci === undefined ? undefined : epciCode(cells[geo.epci]),
    departement: geo.departement === undefined ? undefined : departementCode(cells[geo.departement]),
  };
}
