import {
  citationOf,
  type ImportAnswer,
  type ImportedFigure,
  type IndicatorCorrection,
  IndicatorCorrectionSchema,
  type IndicatorRow,
  type IndicatorView,
  refreshCitations,
} from "@atelier/shared";
import type { DocumentWriter } from "../collab/document-writer.ts";
import { type Outcome, refused } from "../outcome.ts";
import { newId } from "../spaces/secrets.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { Store } from "../store/store.ts";
import type { CitationCatalog } from "./citation-catalog.ts";
import { rewriteCitingCards } from "./cited-cards.ts";
import { mergeWithStored } from "./comparison-levels.ts";
import type { FileReading } from "./import-reading.ts";
import { indicatorView } from "./indicator-view.ts";
import { ratesAcrossFiles } from "./stored-rates.ts";

/** What an import file gives once read: the template's rows, or an open-data file's figures and summary. */
export type ReadFile = Extract<FileReading, { ok: true }>;
export type ImportOutcome = Outcome<ImportAnswer>;
type StoredCounts = Required<Pick<ImportAnswer, "imported" | "added" | "replaced">>;

function figureOfRow(row: IndicatorRow): ImportedFigure {
  return {
    label: row.indicateur,
    theme: row.theme,
    year: row.annee,
    unit: row.unite,
    source: row.source,
    values: { territoire: row.valeur_territoire, departement: row.valeur_departement, france: row.valeur_france },
  };
}

/** The territorial figures of a space: imported from the Caf's files, corrected by hand, cited on cards. */
export class IndicatorService {
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

  async list(spaceId: string): Promise<IndicatorView[]> {
    return (await this.store.indicators.list(spaceId)).map(indicatorView);
  }

  /** Stores every row (a figure already there for the same label, theme and year is replaced), then refreshes cards. */
  async import(spaceId: string, rows: IndicatorRow[]): Promise<StoredCounts> {
    return this.save(spaceId, rows.map(figureOfRow));
  }

  /**
   * Imports a file as read, or only says what it would import (`preview`). An open-data file's figures keep the
   * département's and France's values the space has when the file has none, and a file of those levels alone fills
   * the space's indicators of the same label, theme and year.
   */
  async importFile(spaceId: string, file: ReadFile, preview: boolean): Promise<ImportOutcome> {
    if (file.kind === "template") {
      const figures = file.rows.map(figureOfRow);
      if (preview) return { ok: true, value: { imported: figures.length, preview: figures } };
      return { ok: true, value: await this.save(spaceId, figures) };
    }
    const stored = await this.list(spaceId);
    const merged = mergeWithStored(file.figures, stored);
    const { orphans } = merged;
    const figures = [...merged.figures, ...ratesAcrossFiles(merged.figures, stored)];
    const summary =
      orphans.length === 0
        ? file.summary
        : {
            ...file.summary,
            ignored: [...file.summary.ignored, { reason: "no-territory-figure" as const, figures: orphans }],
          };
    if (figures.length === 0) return refused(400, "importOnlyComparisons");
    if (preview) return { ok: true, value: { imported: figures.length, summary, preview: figures } };
    return { ok: true, value: { ...(await this.save(spaceId, figures)), summary } };
  }

  private async save(spaceId: string, figures: ImportedFigure[]): Promise<StoredCounts> {
    const now = Date.now();
    // A figure stored anew keeps the id made for it; one that replaced a figure of the same label, theme and year
    // keeps that figure's id. Told apart from what the writes answered rather than from a read before them, the counts
    // stay right when two imports of the space run at once.
    const made = new Set<string>();
    const stored = await this.store.indicators.upsert(
      spaceId,
      figures.map((figure) => ({ ...figure, updatedAt: now })),
      () => {
        const id = newId();
        made.add(id);
        return id;
      },
    );
    await this.refreshCards(spaceId, stored.map(indicatorView));
    const added = stored.filter((record) => made.has(record.id)).length;
    return { imported: stored.length, added, replaced: stored.length - added };
  }

  async correct(spaceId: string, id: string, input: IndicatorCorrection): Promise<Outcome<IndicatorView>> {
    const correction = IndicatorCorrectionSchema.parse(input);
    const current = await this.store.indicators.find(spaceId, id);
    if (!current) return refused(404, "indicatorNotFound");
    const updated = await this.store.indicators.update(spaceId, id, {
      values: { ...current.values, ...correction.values },
      unit: correction.unit ?? current.unit,
      source: correction.source ?? current.source,
      updatedAt: Date.now(),
    });
    if (!updated) return refused(404, "indicatorNotFound");
    await this.refreshCards(spaceId, [indicatorView(updated)]);
    return { ok: true, value: indicatorView(updated) };
  }

  private async refreshCards(spaceId: string, indicators: IndicatorView[]): Promise<void> {
    this.citations.forget(spaceId);
    await rewriteCitingCards(this.spaces, this.writer, spaceId, (doc) => {
      for (const indicator of indicators) refreshCitations(doc, citationOf(indicator));
    });
  }
}
