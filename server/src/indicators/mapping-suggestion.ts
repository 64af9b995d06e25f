// For a file the atelier does not recognise: its columns with their first values, and a guess of what they hold for
// the facilitator to check in the mapping step. A guess is never imported as such.
import { type FileColumn, foldColumnName, type MappedMeasure, type MappingSuggestion } from "@atelier/shared";
import { cafVariable } from "./caf-variables.ts";
import { openDataCell } from "./french-number.ts";
import { placeOfCode } from "./geo-codes.ts";
import type { NumberedLine } from "./indicator-limits.ts";
import { inseeVariable } from "./insee-variables.ts";
import { referenceDateOf } from "./reference-year.ts";

/** Lines read before the facilitator is asked: enough to guess, few enough to answer at once. */
export const SAMPLE_LINES = 5;
const SHOWN_SAMPLES = 3;

const CODE_NAME = /code|codgeo|insee|siren|^num|^(com|dep|epci)$/;
const DATE_NAME = /annee|date|periode|dtref|millesime|year/;

interface Column {
  name: string;
  values: unknown[];
}

const filled = (values: unknown[]) => values.filter((value) => String(value ?? "").trim() !== "");

const isCodeName = (name: string) => CODE_NAME.test(foldColumnName(name));

/**
 * Codes of places. Figures look like codes too (a population of 12 345 is a commune's code, 12 a département's), so
 * a column not named like a code must hold the 5 or 9 characters of a commune's or an EPCI's code.
 */
function isTerritoryCode({ name, values }: Column): boolean {
  const cells = filled(values);
  return (
    cells.length > 0 &&
    cells.every((cell) => {
      const level = placeOfCode(cell).level;
      if (isCodeName(name)) return level !== "none";
      return (level === "commune" || level === "epci") && [5, 9].includes(String(cell).trim().length);
    })
  );
}

function isDate({ name, values }: Column): boolean {
  const cells = filled(values);
  return DATE_NAME.test(foldColumnName(name)) && cells.length > 0 && cells.every((cell) => referenceDateOf(cell));
}

function isFigure({ values }: Column): boolean {
  const cells = filled(values).map(openDataCell);
  return cells.some((cell) => "value" in cell) && cells.every((cell) => !("text" in cell));
}

/** A known variable keeps the dictionary's label, theme and unit; any other column its own name. */
function measureOf(name: string): MappedMeasure {
  const folded = foldColumnName(name);
  const known = inseeVariable(folded)?.measure ?? cafVariable(folded);
  if (known) return { column: name, label: known.label, unit: known.unit, theme: known.theme };
  return { column: name, label: name.trim().slice(0, 200), unit: "", theme: "" };
}

export function fileColumns(header: unknown[], samples: NumberedLine[]): FileColumn[] {
  return columnsOf(header, samples).map(({ name, values }) => ({
    name,
    // Distinct values say more of a column than the same year three times.
    samples: [...new Set(filled(values).map((value) => String(value).slice(0, 60)))].slice(0, SHOWN_SAMPLES),
  }));
}

export function suggestMapping(header: unknown[], samples: NumberedLine[]): MappingSuggestion {
  const columns = columnsOf(header, samples);
  const codes = columns.filter(isTerritoryCode);
  const territory = codes.find(({ name }) => isCodeName(name)) ?? codes[0];
  const date = columns.find((column) => column !== territory && isDate(column));
  const measures = columns
    .filter(
      (column) =>
        column !== territory &&
        column !== date &&
        !(isCodeName(column.name) && codes.includes(column)) &&
        isFigure(column),
    )
    .map(({ name }) => measureOf(name));
  return {
    territoryColumn: territory?.name ?? null,
    year: date ? { column: date.name } : null,
    measures,
  };
}

function columnsOf(header: unknown[], samples: NumberedLine[]): Column[] {
  return header.flatMap((cell, position) => {
    const name = String(cell ?? "").trim();
    return name === "" ? [] : [{ name, values: samples.map(({ cells }) => cells[position]) }];
  });
}
