// What a file is, from its header: the atelier's template, one of the Caf's or the Insee's open-data files as they are
// published, or something else (then the facilitator maps its columns). For an open-data file, the plan says which
// columns locate a row, which one dates it, and which ones are figures.
import { foldColumnName, type ImportLayout, type ImportMapping } from "@atelier/shared";
import { cafVariable } from "./caf-variables.ts";
import { ImportRefused } from "./indicator-limits.ts";
import { inseeVariable, isCensusName } from "./insee-variables.ts";
import type { Measure } from "./open-data-measure.ts";

/** The columns by which a row says where it is (positions in the header). */
export interface GeoColumns {
  commune?: number;
  epci?: number;
  departement?: number;
  /** A code whose shape gives the level: the Insee's CODGEO, or the column the facilitator chose. */
  code?: number;
  /** A column naming the row's level (COM, EPCI, DEP, FRANCE…). */
  level?: number;
  /** Names, where a France row may say so when it has no code. */
  names: number[];
}

export interface MeasureColumn {
  column: number;
  /** As the file's header writes it. */
  name: string;
  measure: Measure;
  /** The year the column's name gives (the Insee's P19_…); otherwise the row's reference date's. */
  year?: number;
  /** False for a column no dictionary knows: text in it makes it a column of names, not a fault of the file. */
  strict: boolean;
}

export type DateColumn = { column: number; name: string } | { fixed: number };

export interface ReadingPlan {
  layout: ImportLayout;
  geo: GeoColumns;
  /** Null when every figure column carries its year. */
  date: DateColumn | null;
  measures: MeasureColumn[];
  /** Columns read for nothing: neither a place, a date, nor a figure. */
  unknownColumns: string[];
  /** What each figure's source says. */
  source: string;
}

export type Recognised = { kind: "template" } | { kind: "open-data"; plan: ReadingPlan } | { kind: "unknown" };

// The Caf's names (data.caf.fr, older files in capitals, newer ones in lower case).
const CAF_COMMUNE = ["numcom", "numcomdo", "codes_insee"];
const CAF_EPCI = ["numepci"];
const CAF_DEPARTEMENT = ["numdep", "depsepci"];
const CAF_DATE = ["dtref", "dtreffre"];
// The Insee's.
const INSEE_CODE = ["codgeo"];
const INSEE_DEPARTEMENT = ["dep"];
const LEVEL = ["nivgeo", "niveau", "niveau_geo", "typgeo"];
const NAMES = ["nomcom", "nomepci", "nomdep", "communes", "libgeo", "libcom", "libepci", "libdep", "libelle"];
/** Other columns of place that hold numbers without being figures. */
const DESCRIPTIVE = ["reg", "numreg", "codreg", "nomreg", "libreg", "region", "arr", "canton", "cv", "code_postal"];

const TEMPLATE_MARKS = new Set<string>(["indicateur", "valeur_territoire"]);

function positionOf(names: string[], candidates: string[]): number | undefined {
  const position = names.findIndex((name) => candidates.includes(name));
  return position === -1 ? undefined : position;
}

function geoColumns(names: string[]): GeoColumns {
  return {
    commune: positionOf(names, CAF_COMMUNE),
    epci: positionOf(names, CAF_EPCI),
    departement: positionOf(names, [...CAF_DEPARTEMENT, ...INSEE_DEPARTEMENT]),
    code: positionOf(names, INSEE_CODE),
    level: positionOf(names, LEVEL),
    names: names.flatMap((name, position) => (NAMES.includes(name) ? [position] : [])),
  };
}

function usedColumns(geo: GeoColumns, date: DateColumn | null): Set<number> {
  const used = new Set(geo.names);
  for (const position of [geo.commune, geo.epci, geo.departement, geo.code, geo.level])
    if (position !== undefined) used.add(position);
  if (date && "column" in date) used.add(date.column);
  return used;
}

/** A column no dictionary knows becomes an indicator of its own name, cut to the length a label may have. */
function columnMeasure(header: string, name: string): Measure {
  return { id: `colonne:${name}`, label: header.trim().slice(0, 200), theme: "", unit: "" };
}

/** Which figure each remaining column holds, if any. */
function measuresOf(
  headers: string[],
  names: string[],
  used: Set<number>,
  layout: "caf" | "insee",
): { measures: MeasureColumn[]; unknownColumns: string[] } {
  const measures: MeasureColumn[] = [];
  const unknownColumns: string[] = [];
  const taken = new Set<string>();
  names.forEach((name, column) => {
    const header = headers[column] ?? "";
    if (used.has(column) || name === "") return;
    const census = inseeVariable(name);
    const caf = census || layout === "insee" ? undefined : cafVariable(name);
    // Two spellings of the same variable in one file: the first one counts.
    const key = census ? `${census.measure.id}@${census.year}` : caf?.id;
    if (key !== undefined && !taken.has(key)) {
      taken.add(key);
      measures.push({
        column,
        name: header,
        measure: census?.measure ?? (caf as Measure),
        year: census?.year,
        strict: true,
      });
    } else if (layout === "caf" && key === undefined && !DESCRIPTIVE.includes(name) && !isCensusName(name)) {
      measures.push({ column, name: header, measure: columnMeasure(header, name), strict: false });
    } else unknownColumns.push(header);
  });
  return { measures, unknownColumns };
}

/** Recognises the layout of a header line; an empty one is the template's (whose checks then say what is missing). */
export function recogniseLayout(cells: unknown[]): Recognised {
  const headers = cells.map((cell) => String(cell ?? ""));
  const names = cells.map(foldColumnName);
  if (names.every((name) => name === "") || names.some((name) => TEMPLATE_MARKS.has(name))) return { kind: "template" };
  const geo = geoColumns(names);
  const dated = positionOf(names, CAF_DATE);
  const cafKeyed = [geo.commune, geo.epci, geo.departement].some((position) => position !== undefined);
  if (cafKeyed && dated !== undefined) {
    const date = { column: dated, name: headers[dated] ?? "" };
    const plan = measuresOf(headers, names, usedColumns(geo, date), "caf");
    return {
      kind: "open-data",
      plan: { layout: "caf", geo, date, ...plan, source: "Caf, données ouvertes (data.caf.fr)" },
    };
  }
  if ((cafKeyed || geo.code !== undefined) && names.some(isCensusName)) {
    const plan = measuresOf(headers, names, usedColumns(geo, null), "insee");
    if (plan.measures.length > 0)
      return { kind: "open-data", plan: { layout: "insee", geo, date: null, ...plan, source: "Insee, recensement" } };
  }
  return { kind: "unknown" };
}

/** The plan of a file the facilitator mapped: the columns they chose, found by name as `foldColumnName` folds it. */
export function planFromMapping(cells: unknown[], line: number, mapping: ImportMapping): ReadingPlan {
  const headers = cells.map((cell) => String(cell ?? ""));
  const names = cells.map(foldColumnName);
  const find = (column: string, field: "territory" | "date" | "figure") => {
    const position = names.indexOf(foldColumnName(column));
    if (position === -1) throw new ImportRefused("importColumnAbsent", { line, column, field });
    return position;
  };
  const geo: GeoColumns = { code: find(mapping.territoryColumn, "territory"), names: [] };
  const date: DateColumn =
    "column" in mapping.year
      ? { column: find(mapping.year.column, "date"), name: mapping.year.column }
      : { fixed: mapping.year.fixed };
  const measures = mapping.measures.map(({ column, label, unit, theme }): MeasureColumn => {
    const position = find(column, "figure");
    return {
      column: position,
      name: headers[position] ?? column,
      measure: { id: `colonne:${names[position]}`, label, unit, theme },
      strict: true,
    };
  });
  const used = usedColumns(geo, date);
  for (const { column } of measures) used.add(column);
  const unknownColumns = headers.filter((header, column) => !used.has(column) && header.trim() !== "");
  return { layout: "mapped", geo, date, measures, unknownColumns, source: mapping.source || "Fichier importé" };
}
