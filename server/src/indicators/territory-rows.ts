// Keeps the rows of an open-data file that concern the space: its EPCI's, its communes' (added up), its
// département's and France's; counts the others. Rows come one by one, so a national file is never held whole.
import {
  type ImportedFigure,
  type ImportIgnored,
  type ImportSummary,
  INDICATOR_LEVELS,
  type IndicatorLevel,
  type Territory,
} from "@atelier/shared";
import { addDerivedFigures, type FigureTable, type LevelValues, partialKey, partsOf } from "./derived-figures.ts";
import { openDataCell } from "./french-number.ts";
import { departementOfCommune } from "./geo-codes.ts";
import { ImportRefused, MAX_INDICATOR_ROWS, type NumberedLine } from "./indicator-limits.ts";
import type { MeasureColumn, ReadingPlan } from "./open-data-layout.ts";
import type { Measure } from "./open-data-measure.ts";
import { type ReferenceDate, referenceDateOf } from "./reference-year.ts";
import { placeOfRow } from "./row-places.ts";

/** The territory's EPCI ("epci"), one of its communes ("com:66149"), a département ("dep:66"), France ("fr:…"). */
type Unit = string;
const EPCI: Unit = "epci";
const COMMUNE = "com:";
const DEPARTEMENT = "dep:";
const FRANCE = "fr:";

export interface OpenDataFigures {
  figures: ImportedFigure[];
  summary: ImportSummary;
}

/** The most frequent of the codes given. */
function mostFrequent(codes: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [code, count] of codes) if (best === null || count > (codes.get(best) ?? 0)) best = code;
  return best;
}

/** The map's entry for `key`, made and set first if there is none. */
function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

function countInto(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

const isBlankRow = (cells: unknown[]) => cells.every((cell) => String(cell ?? "").trim() === "");
/** Sums of decimals carry float noise (0.1 + 0.2): figures keep six decimals at most. */
const clean = (value: number) => Math.round(value * 1e6) / 1e6;

export class TerritoryRows {
  private readonly plan: ReadingPlan;
  private readonly territory: Territory;
  private readonly communes: Set<string> | null;
  /** The département of the territory's communes, when they are listed; otherwise told by its rows. */
  private readonly knownDepartement: string | null;
  private readonly departementHints = new Map<string, number>();
  /** Unit → measure id → year → the sum of the values read. */
  private readonly values = new Map<Unit, Map<string, Map<number, number>>>();
  /** Unit and year → the latest reference date read, and how many rows of it. */
  private readonly latest = new Map<string, { period: number; rows: number }>();
  private readonly rows = new Map<Unit, number>();
  /** The EPCI's and communes' rows by reference date → the line read: a second one would be added up twice. */
  private readonly lineOfDate = new Map<string, number>();
  private readonly blanks = new Map<Unit, number>();
  /** Columns no dictionary knows that turned out to hold text: names, categories. */
  private readonly textColumns = new Set<MeasureColumn>();
  private otherTerritory = 0;
  private noCode = 0;
  private earlierPeriod = 0;

  constructor(plan: ReadingPlan, territory: Territory) {
    this.plan = plan;
    this.territory = territory;
    this.communes = territory.communes.length > 0 ? new Set(territory.communes.map(({ insee }) => insee)) : null;
    const departements = new Map<string, number>();
    for (const { insee } of territory.communes) countInto(departements, departementOfCommune(insee));
    this.knownDepartement = mostFrequent(departements);
  }

  add({ line, cells }: NumberedLine): void {
    if (isBlankRow(cells)) return;
    const unit = this.unitOf(placeOfRow(this.plan.geo, cells));
    if (unit === undefined) return;
    const date = this.dateOf(line, cells);
    this.refuseDuplicate(unit, date, line);
    if (date && !this.isLatest(unit, date)) {
      this.earlierPeriod += 1;
      return;
    }
    countInto(this.rows, unit);
    for (const column of this.plan.measures) {
      if (this.textColumns.has(column)) continue;
      const year = column.year ?? date?.year;
      const cell = openDataCell(cells[column.column]);
      if ("blank" in cell) countInto(this.blanks, unit);
      else if ("text" in cell) this.refuseText(column, line, cell.text);
      else if (year !== undefined) this.accumulate(unit, column.measure.id, year, cell.value);
    }
  }

  /** The figures of the space's territory, département and France, and what was left and why. */
  finish(): OpenDataFigures {
    const departement = this.knownDepartement ?? mostFrequent(this.departementHints);
    const france = this.franceUnit(departement);
    const communeUnits = [...this.rows.keys()].filter((unit) => unit.startsWith(COMMUNE));
    const level = this.rows.has(EPCI) ? "epci" : communeUnits.length > 0 ? "communes" : null;
    const territoryUnits = level === "epci" ? [EPCI] : communeUnits;
    const departementUnit = departement === null ? null : `${DEPARTEMENT}${departement}`;
    const used = new Set([...territoryUnits, departementUnit, france].filter((unit) => unit !== null));

    const table: FigureTable = new Map();
    this.collect(table, "territoire", territoryUnits);
    if (departementUnit) this.collect(table, "departement", [departementUnit]);
    if (france) this.collect(table, "france", [france]);
    const sums = level === "communes" ? this.communeSums(communeUnits) : new Map<string, CommuneSum>();
    const partial = new Set([...sums].filter(([, sum]) => sum.missing.length > 0).map(([key]) => key));
    const derived = addDerivedFigures(table, partial);
    for (const key of partial) if (!sums.has(key)) sums.set(key, sumOfParts(key, sums));
    const figures = this.figuresOf(table, derived, sums);
    if (figures.length === 0) throw this.nothingForTheSpace();
    if (figures.length > MAX_INDICATOR_ROWS)
      throw new ImportRefused("importTooManyFigures", { count: figures.length, maximum: MAX_INDICATOR_ROWS });

    const rowsOf = (units: Unit[]) => units.reduce((total, unit) => total + (this.rows.get(unit) ?? 0), 0);
    const unusedDepartements = [...this.rows.keys()].filter((unit) => unit.startsWith(DEPARTEMENT) && !used.has(unit));
    const unusedFrance = [...this.rows.keys()].filter((unit) => unit.startsWith(FRANCE) && !used.has(unit));
    const ignored: ImportIgnored[] = [
      {
        reason: "other-territory",
        rows: this.otherTerritory + rowsOf(unusedFrance) + (departement === null ? 0 : rowsOf(unusedDepartements)),
      },
      { reason: "no-territory-code", rows: this.noCode },
      { reason: "earlier-period", rows: this.earlierPeriod },
      { reason: "epci-row-preferred", rows: level === "epci" ? rowsOf(communeUnits) : 0 },
      { reason: "unknown-departement", rows: departement === null ? rowsOf(unusedDepartements) : 0 },
      {
        reason: "unknown-column",
        columns: [...this.plan.unknownColumns, ...[...this.textColumns].map(({ name }) => name)],
      },
      { reason: "blank-cell", cells: [...used].reduce((total, unit) => total + (this.blanks.get(unit) ?? 0), 0) },
      { reason: "commune-without-row", communes: level === "communes" ? this.communesWithoutRow() : [] },
      { reason: "incomplete-sum", years: incompleteYears(sums) },
    ];
    return {
      figures,
      summary: {
        layout: this.plan.layout,
        kept: {
          rows: rowsOf(territoryUnits),
          level,
          communes: level === "communes" ? communeUnits.length : 0,
          departement: departementUnit && this.rows.has(departementUnit) ? departement : null,
          france: france !== null,
          years: [...new Set(figures.map(({ year }) => year))].sort((a, b) => a - b),
        },
        ignored: ignored.filter(isWorthSaying),
      },
    };
  }

  /** Whether a row concerns the space; rows that do not are counted here. */
  private unitOf({ place, epci, departement }: ReturnType<typeof placeOfRow>): Unit | undefined {
    switch (place.level) {
      case "commune": {
        const inTerritory = this.communes
          ? this.communes.has(place.code)
          : epci !== undefined && epci === this.territory.epci?.siren;
        if (!inTerritory) break;
        countInto(this.departementHints, departement ?? departementOfCommune(place.code));
        return `${COMMUNE}${place.code}`;
      }
      case "epci":
        if (place.code !== this.territory.epci?.siren) break;
        if (departement) countInto(this.departementHints, departement);
        return EPCI;
      case "departement":
        // Until the territory's département is known, every département's rows are kept: they are few.
        if (this.knownDepartement !== null && place.code !== this.knownDepartement) break;
        return `${DEPARTEMENT}${place.code}`;
      case "france":
        return `${FRANCE}${place.variant}`;
      case "none":
        this.noCode += 1;
        return undefined;
    }
    this.otherTerritory += 1;
    return undefined;
  }

  private dateOf(line: number, cells: unknown[]): ReferenceDate | null {
    const { date } = this.plan;
    if (date === null) return null;
    if ("fixed" in date) return { year: date.fixed, period: 0 };
    const cell = cells[date.column];
    const found = referenceDateOf(cell);
    if (found) return found;
    const text = String(cell ?? "").trim();
    throw text === ""
      ? new ImportRefused("importDateMissing", { line, column: date.name })
      : new ImportRefused("importDateInvalid", { line, column: date.name, value: text });
  }

  /**
   * A year's figure is its latest reference date's (the Caf's December): rows of an earlier month of the same year
   * are left, and those read before a later month are let go.
   */
  private isLatest(unit: Unit, { year, period }: ReferenceDate): boolean {
    const key = `${unit}|${year}`;
    const known = this.latest.get(key);
    if (known && period < known.period) return false;
    if (known && period === known.period) {
      known.rows += 1;
      return true;
    }
    if (known) {
      this.earlierPeriod += known.rows;
      countInto(this.rows, unit, -known.rows);
      for (const years of this.values.get(unit)?.values() ?? []) years.delete(year);
    }
    this.latest.set(key, { period, rows: 1 });
    return true;
  }

  private refuseText(column: MeasureColumn, line: number, text: string): void {
    if (column.strict) throw new ImportRefused("importNotNumber", { line, column: column.name, value: text });
    this.textColumns.add(column);
    for (const measures of this.values.values()) measures.delete(column.measure.id);
  }

  /** The same commune or EPCI twice at one reference date is a file error: adding both would double its figures. */
  private refuseDuplicate(unit: Unit, date: ReferenceDate | null, line: number): void {
    if (unit !== EPCI && !unit.startsWith(COMMUNE)) return;
    const key = `${unit}|${date?.year ?? ""}|${date?.period ?? ""}`;
    const first = this.lineOfDate.get(key);
    if (first === undefined) {
      this.lineOfDate.set(key, line);
      return;
    }
    throw new ImportRefused("importDuplicateRow", {
      line,
      first,
      dated: date !== null,
      ...(unit === EPCI
        ? { kind: "epci", name: this.territory.epci?.siren ?? "" }
        : { kind: "commune", name: unit.slice(COMMUNE.length) }),
    });
  }

  /**
   * Each (measure, year) summed over communes, with the communes that gave no value (secret or blank cell, no row
   * that year): the territory's listed communes, or, with only its EPCI set, those its file has rows for.
   */
  private communeSums(communeUnits: Unit[]): Map<string, CommuneSum> {
    const expected = this.communes ? [...this.communes] : communeUnits.map((unit) => unit.slice(COMMUNE.length));
    const given = new Map<string, Set<string>>();
    for (const insee of expected)
      for (const [measure, years] of this.values.get(`${COMMUNE}${insee}`) ?? [])
        for (const year of years.keys()) entryOf(given, partialKey(measure, year), () => new Set()).add(insee);
    const sums = new Map<string, CommuneSum>();
    for (const unit of communeUnits)
      for (const [measure, years] of this.values.get(unit) ?? [])
        for (const year of years.keys()) {
          const key = partialKey(measure, year);
          if (sums.has(key)) continue;
          const withValue = given.get(key) ?? new Set();
          const missing = expected
            .filter((insee) => !withValue.has(insee))
            .map((insee) => this.communeOf(insee))
            .sort(byName);
          sums.set(key, { year, given: withValue.size, of: expected.length, missing });
        }
    return sums;
  }

  private communeOf(insee: string): { insee: string; name: string } {
    return { insee, name: this.territory.communes.find((commune) => commune.insee === insee)?.name ?? insee };
  }

  private accumulate(unit: Unit, measure: string, year: number, value: number): void {
    const years = entryOf(
      entryOf(this.values, unit, () => new Map()),
      measure,
      () => new Map<number, number>(),
    );
    years.set(year, (years.get(year) ?? 0) + value);
  }

  /** Adds up, at one level, the values of the units given: one unit, or the territory's communes. */
  private collect(table: FigureTable, level: IndicatorLevel, units: Unit[]): void {
    for (const unit of units)
      for (const [measure, years] of this.values.get(unit) ?? [])
        for (const [year, value] of years) {
          const values = entryOf(
            entryOf(table, measure, () => new Map()),
            year,
            (): LevelValues => ({
              territoire: null,
              departement: null,
              france: null,
            }),
          );
          values[level] = (values[level] ?? 0) + value;
        }
  }

  private figuresOf(table: FigureTable, derived: Measure[], sums: Map<string, CommuneSum>): ImportedFigure[] {
    const measures = new Map<string, Measure>();
    for (const { measure } of this.plan.measures) if (!measures.has(measure.id)) measures.set(measure.id, measure);
    const derivedIds = new Set(derived.map(({ id }) => id));
    for (const measure of derived) measures.set(measure.id, measure);
    // A derived figure is computed from complete sums only: its communes are all of them.
    const communes = Math.max(0, ...[...sums.values()].map(({ of }) => of));
    const complete = communes > 0 ? `${this.plan.source}, ${sumOf(communes, communes, [])}` : this.plan.source;
    const figures: ImportedFigure[] = [];
    for (const [id, years] of table) {
      const measure = measures.get(id);
      if (!measure) continue;
      for (const [year, values] of years) {
        const sum = sums.get(partialKey(id, year));
        const base = sum ? `${this.plan.source}, ${sumOf(sum.given, sum.of, sum.missing)}` : complete;
        const source = derivedIds.has(id) ? `${base}, calcul de l'atelier` : base;
        const shown = Object.fromEntries(
          INDICATOR_LEVELS.map((level) => {
            const value = values[level];
            return [level, value === null ? null : measure.whole ? Math.round(value) : clean(value)];
          }),
        ) as LevelValues;
        const { label, theme, unit } = measure;
        figures.push({ label, theme, unit, year, source: source.slice(0, 300), values: shown });
      }
    }
    return figures.sort((a, b) => a.label.localeCompare(b.label, "fr") || a.year - b.year);
  }

  private franceUnit(departement: string | null): Unit | null {
    const metropole = `${FRANCE}metropole`;
    const entiere = `${FRANCE}entiere`;
    const overseas = departement?.startsWith("97") ?? false;
    // Overseas, France as a whole compares; in metropolitan France, the Caf compares with metropolitan France (FM).
    const preferred = overseas ? [entiere, metropole] : [metropole, entiere];
    return preferred.find((unit) => this.rows.has(unit)) ?? null;
  }

  private communesWithoutRow(): { insee: string; name: string }[] {
    return this.territory.communes
      .filter(({ insee }) => !this.rows.has(`${COMMUNE}${insee}`))
      .map(({ insee, name }) => ({ insee, name }));
  }

  private nothingForTheSpace(): ImportRefused {
    const { epci, communes } = this.territory;
    return new ImportRefused("importNothingForSpace", {
      ...(epci && { label: `${epci.name} (${epci.siren})` }),
      count: communes.length,
    });
  }
}

interface CommuneSum {
  year: number;
  given: number;
  of: number;
  missing: { insee: string; name: string }[];
}

/** A derived sum's communes: those its parts all have (partial keys are added in order, parts first). */
function sumOfParts(key: string, sums: Map<string, CommuneSum>): CommuneSum {
  const [measure = "", year = ""] = key.split("|");
  const parts = partsOf(measure).flatMap((part) => sums.get(partialKey(part, Number(year))) ?? []);
  const missing = new Map(parts.flatMap((part) => part.missing).map((commune) => [commune.insee, commune]));
  const of = Math.max(0, ...parts.map((part) => part.of));
  return { year: Number(year), given: of - missing.size, of, missing: [...missing.values()].sort(byName) };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "fr");

const communesWord = (count: number) => `${count} commune${count > 1 ? "s" : ""}`;

/** "somme de 3 communes", or, when some gave no value, "somme de 2 communes sur 3 (manquent : Olette)". */
function sumOf(given: number, of: number, missing: { name: string }[]): string {
  if (missing.length === 0) return `somme de ${communesWord(given)}`;
  return `somme de ${communesWord(given)} sur ${of} (manquent : ${missing.map(({ name }) => name).join(", ")})`;
}

/** Whether a figure's source says it is a partial sum (sumOf): stored figures keep it only there. */
export const isPartialSum = (source: string) => /somme de \d+ communes? sur \d+ \(manquent/.test(source);

/** Year by year, the communes missing from at least one of its sums. */
function incompleteYears(
  sums: Map<string, CommuneSum>,
): { year: number; communes: { insee: string; name: string }[] }[] {
  const byYear = new Map<number, Map<string, { insee: string; name: string }>>();
  for (const { year, missing } of sums.values())
    for (const commune of missing) entryOf(byYear, year, () => new Map()).set(commune.insee, commune);
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, communes]) => ({ year, communes: [...communes.values()].sort(byName) }));
}

function isWorthSaying(ignored: ImportIgnored): boolean {
  if ("rows" in ignored) return ignored.rows > 0;
  if ("cells" in ignored) return ignored.cells > 0;
  if ("columns" in ignored) return ignored.columns.length > 0;
  if ("communes" in ignored) return ignored.communes.length > 0;
  if ("years" in ignored) return ignored.years.length > 0;
  return ignored.figures.length > 0;
}
