import * as Y from "yjs";
import { type BudgetLine, BudgetLineSchema, FINANCER_KINDS } from "./budget-line.ts";
import { migrateBudgetLines, upgradeBudgetLine } from "./budget-line-upgrade.ts";
import type { DocumentLayout } from "./document-layout.ts";
import {
  AxisInputSchema,
  type Fiche,
  type Indicator,
  type IndicatorFields,
  IndicatorFieldsSchema,
  ObjectiveInputSchema,
  ObjectiveRenameSchema,
  type SourceRef,
  SourceRefSchema,
} from "./fiche.ts";
import {
  emptyFicheFields,
  type FicheFields,
  FicheFieldsSchema,
  type FichePatch,
  FichePatchSchema,
  migrateFicheFields,
  readFicheFields,
} from "./fiche-fields.ts";
import { compareByOrder, orderKeyAt } from "./ordering.ts";
import { fragmentText } from "./rich-text.ts";

/**
 * The action plan of a space (one document per space):
 * - `axes`: axis id → Y.Map { title, order } (the enjeux);
 * - `objectives`: objective id → Y.Map { axisId, title, order };
 * - `fiches`: fiche id → Y.Map of its fields, plus `description` (Y.XmlFragment, co-edited), `sources`
 *   (source ref key → SourceRef), `budget` (line id → BudgetLine), `indicators` (id → Y.Map of fields and
 *   `values`, a Y.Map of year → value). Nested maps keep concurrent edits of different lines apart;
 * - `cafBaseline` and `cafBaselineLines`: the Caf's existing financing (caf-baseline.ts).
 * Version 3 gave budget lines a financer kind, a nature and the Caf's dispositif (budget-line-upgrade.ts); version 4
 * gave fiches the fields a Caf fiche carries beyond them, at their empty values (fiche-fields.ts).
 */
export const PLAN_LAYOUT: DocumentLayout = {
  kind: "plan",
  version: 4,
  migrations: { 3: migrateBudgetLines, 4: migrateFicheFields },
};

export interface Axis {
  id: string;
  title: string;
  order: string;
}

export interface Objective extends Axis {
  axisId: string;
}

export function planAxes(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap("axes");
}

export function planObjectives(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap("objectives");
}

export function planFiches(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap("fiches");
}

function ordered<T extends { id: string; order: string }>(items: T[]): T[] {
  return items.sort(compareByOrder);
}

export function listAxes(doc: Y.Doc): Axis[] {
  const axes: Axis[] = [];
  planAxes(doc).forEach((map, id) => {
    const title = map.get("title");
    const order = map.get("order");
    if (typeof title === "string" && typeof order === "string") axes.push({ id, title, order });
  });
  return ordered(axes);
}

export function listObjectives(doc: Y.Doc, axisId?: string): Objective[] {
  const objectives: Objective[] = [];
  planObjectives(doc).forEach((map, id) => {
    const [title, order, axis] = [map.get("title"), map.get("order"), map.get("axisId")];
    if (typeof title === "string" && typeof order === "string" && typeof axis === "string") {
      if (axisId === undefined || axis === axisId) objectives.push({ id, title, order, axisId: axis });
    }
  });
  return ordered(objectives);
}

/** Adds an axis at `index` among the axes (at the end by default). Throws a ZodError naming the bad field. */
export function addAxis(doc: Y.Doc, id: string, input: { title: string }, index = Number.POSITIVE_INFINITY): void {
  const { title } = AxisInputSchema.parse(input);
  const axes = listAxes(doc);
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    map.set("title", title);
    map.set("order", orderKeyAt(axes, Math.min(index, axes.length)));
    planAxes(doc).set(id, map);
  });
}

export function addObjective(doc: Y.Doc, id: string, input: { axisId: string; title: string }): void {
  const fields = ObjectiveInputSchema.parse(input);
  const siblings = listObjectives(doc, fields.axisId);
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    map.set("axisId", fields.axisId);
    map.set("title", fields.title);
    map.set("order", orderKeyAt(siblings, siblings.length));
    planObjectives(doc).set(id, map);
  });
}

/** Renames an axis or objective; false when it no longer exists. */
export function renamePlanItem(doc: Y.Doc, kind: "axis" | "objective", id: string, title: string): boolean {
  const map = (kind === "axis" ? planAxes(doc) : planObjectives(doc)).get(id);
  if (!map) return false;
  map.set("title", (kind === "axis" ? AxisInputSchema : ObjectiveRenameSchema).parse({ title }).title);
  return true;
}

/**
 * Removes an axis (with its objectives) or an objective. Its fiches stay in the plan, placed one level up (under
 * the axis, or among the fiches without an axis): a structure can be redrawn without losing any written action.
 */
export function removePlanItem(doc: Y.Doc, kind: "axis" | "objective", id: string): boolean {
  const items = kind === "axis" ? planAxes(doc) : planObjectives(doc);
  if (!items.has(id)) return false;
  const removedObjectives = new Set(kind === "axis" ? listObjectives(doc, id).map((objective) => objective.id) : [id]);
  doc.transact(() => {
    for (const objectiveId of removedObjectives) planObjectives(doc).delete(objectiveId);
    if (kind === "axis") planAxes(doc).delete(id);
    for (const map of planFiches(doc).values()) {
      if (kind === "axis" && map.get("axisId") === id) map.set("axisId", null);
      if (removedObjectives.has(map.get("objectiveId") as string)) map.set("objectiveId", null);
    }
  });
  return true;
}

/**
 * Moves an axis, objective or fiche to `index` among its siblings (as the page shows them): only its order key
 * changes, so a concurrent move elsewhere in the plan never loses or duplicates anything.
 */
export function moveAmong(
  items: Y.Map<Y.Map<unknown>>,
  siblings: readonly { id: string; order: string }[],
  id: string,
  index: number,
): boolean {
  const item = items.get(id);
  if (!item) return false;
  const others = siblings.filter((sibling) => sibling.id !== id);
  item.set("order", orderKeyAt(others, Math.max(0, Math.min(index, others.length))));
  return true;
}

export function moveAxis(doc: Y.Doc, id: string, index: number): boolean {
  return moveAmong(planAxes(doc), listAxes(doc), id, index);
}

/** A fiche as stored: a field its schema refuses reads as that field's empty value, never hiding the fiche. */
export function readFiche(id: string, map: Y.Map<unknown>): Fiche {
  const description = map.get("description");
  const sources = map.get("sources");
  const budget = map.get("budget");
  const indicators = map.get("indicators");
  return {
    id,
    ...readFicheFields((key) => map.get(key)),
    description: description instanceof Y.XmlFragment ? fragmentText(description) : "",
    sources: sources instanceof Y.Map ? readSources(sources) : [],
    budget: budget instanceof Y.Map ? readBudget(budget) : [],
    indicators: indicators instanceof Y.Map ? readIndicators(indicators) : [],
  };
}

function readSources(map: Y.Map<unknown>): SourceRef[] {
  return (
    [...map.values()]
      .flatMap((value) => {
        const parsed = SourceRefSchema.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      })
      // Sources promoted before ranks were kept come after the ranked ones of their promotion.
      .sort(
        (a, b) =>
          a.promotedAt - b.promotedAt ||
          (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
          a.cardId.localeCompare(b.cardId),
      )
  );
}

function readBudget(map: Y.Map<unknown>): (BudgetLine & { id: string })[] {
  return [...map.entries()]
    .flatMap(([id, value]) => {
      // A tab still on the older layout may write a line after the migration: it reads as the migration reads it.
      const line = upgradeBudgetLine(value);
      return line ? [{ id, ...line }] : [];
    })
    .sort(
      (a, b) =>
        a.year - b.year ||
        FINANCER_KINDS.indexOf(a.financer.kind) - FINANCER_KINDS.indexOf(b.financer.kind) ||
        a.financer.label.localeCompare(b.financer.label, "fr") ||
        a.id.localeCompare(b.id),
    );
}

function readIndicators(map: Y.Map<unknown>): Indicator[] {
  const indicators: Indicator[] = [];
  map.forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const parsed = IndicatorFieldsSchema.safeParse({
      label: value.get("label"),
      kind: value.get("kind"),
      unit: value.get("unit"),
      target: value.get("target"),
    });
    const values = value.get("values");
    if (!parsed.success) return;
    const measured: Record<string, number> = {};
    if (values instanceof Y.Map) {
      values.forEach((measure, year) => {
        if (typeof measure === "number" && Number.isFinite(measure)) measured[year] = measure;
      });
    }
    indicators.push({ id, ...parsed.data, values: measured });
  });
  return indicators.sort((a, b) => a.label.localeCompare(b.label, "fr") || a.id.localeCompare(b.id));
}

export function listFiches(doc: Y.Doc): Fiche[] {
  return ordered([...planFiches(doc).entries()].map(([id, map]) => readFiche(id, map)));
}

export function ficheById(doc: Y.Doc, id: string): Fiche | undefined {
  const map = planFiches(doc).get(id);
  return map ? readFiche(id, map) : undefined;
}

export function ficheDescription(doc: Y.Doc, id: string): Y.XmlFragment | undefined {
  const description = planFiches(doc).get(id)?.get("description");
  return description instanceof Y.XmlFragment ? description : undefined;
}

export interface NewFiche {
  title: string;
  axisId: string | null;
  themes: string[];
}

/** Creates a fiche action, status "proposée", after the others. */
export function createFiche(doc: Y.Doc, id: string, input: NewFiche, now: number): void {
  const fiches = listFiches(doc);
  const fields: FicheFields = FicheFieldsSchema.parse({
    ...emptyFicheFields(),
    ...input,
    order: orderKeyAt(fiches, fiches.length),
    createdAt: now,
    updatedAt: now,
  });
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
    map.set("description", new Y.XmlFragment());
    map.set("sources", new Y.Map());
    map.set("budget", new Y.Map());
    map.set("indicators", new Y.Map());
    planFiches(doc).set(id, map);
  });
}

export function updateFiche(doc: Y.Doc, id: string, patch: FichePatch, now: number): boolean {
  const fields = FichePatchSchema.parse(patch);
  const map = planFiches(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
    map.set("updatedAt", now);
  });
  return true;
}

export function deleteFiche(doc: Y.Doc, id: string): boolean {
  if (!planFiches(doc).has(id)) return false;
  planFiches(doc).delete(id);
  return true;
}

function nested(doc: Y.Doc, ficheId: string, key: "sources" | "budget" | "indicators"): Y.Map<unknown> | undefined {
  const value = planFiches(doc).get(ficheId)?.get(key);
  return value instanceof Y.Map ? value : undefined;
}

export function sourceKey(ref: { boardId: string; cardId: string }): string {
  return `${ref.boardId}/${ref.cardId}`;
}

/** Adds the sources the fiche does not hold yet; returns those, or undefined when the fiche does not exist. */
export function addSources(doc: Y.Doc, ficheId: string, refs: SourceRef[]): SourceRef[] | undefined {
  const sources = nested(doc, ficheId, "sources");
  if (!sources) return undefined;
  const added = refs.filter((ref) => !sources.has(sourceKey(ref)));
  doc.transact(() => {
    for (const ref of added) sources.set(sourceKey(ref), SourceRefSchema.parse(ref));
  });
  return added;
}

export function setBudgetLine(doc: Y.Doc, ficheId: string, lineId: string, line: BudgetLine): boolean {
  const budget = nested(doc, ficheId, "budget");
  if (!budget) return false;
  budget.set(lineId, BudgetLineSchema.parse(line));
  return true;
}

export function removeBudgetLine(doc: Y.Doc, ficheId: string, lineId: string): boolean {
  const budget = nested(doc, ficheId, "budget");
  if (!budget?.has(lineId)) return false;
  budget.delete(lineId);
  return true;
}

export function setIndicator(doc: Y.Doc, ficheId: string, indicatorId: string, input: IndicatorFields): boolean {
  const indicators = nested(doc, ficheId, "indicators");
  if (!indicators) return false;
  const fields = IndicatorFieldsSchema.parse(input);
  doc.transact(() => {
    let map = indicators.get(indicatorId);
    if (!(map instanceof Y.Map)) {
      map = new Y.Map<unknown>();
      indicators.set(indicatorId, map);
      (map as Y.Map<unknown>).set("values", new Y.Map());
    }
    for (const [key, value] of Object.entries(fields)) (map as Y.Map<unknown>).set(key, value);
  });
  return true;
}

export function removeIndicator(doc: Y.Doc, ficheId: string, indicatorId: string): boolean {
  const indicators = nested(doc, ficheId, "indicators");
  if (!indicators?.has(indicatorId)) return false;
  indicators.delete(indicatorId);
  return true;
}

/** Records (or clears, with null) an indicator's measured value for a year: the yearly evaluation. */
export function setIndicatorValue(
  doc: Y.Doc,
  ficheId: string,
  indicatorId: string,
  year: number,
  value: number | null,
): boolean {
  const indicator = nested(doc, ficheId, "indicators")?.get(indicatorId);
  const values = indicator instanceof Y.Map ? indicator.get("values") : undefined;
  if (!(values instanceof Y.Map)) return false;
  if (value === null) values.delete(String(year));
  else if (Number.isFinite(value)) values.set(String(year), value);
  else return false;
  return true;
}
