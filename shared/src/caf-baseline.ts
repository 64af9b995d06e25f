import type * as Y from "yjs";
import { z } from "zod/mini";
import { CAF_DISPOSITIFS, EurosSchema } from "./budget-line.ts";
import { YearSchema } from "./fiche-fields.ts";
import { compareByOrder, orderKeyAt } from "./ordering.ts";
import { problem } from "./problems.ts";
import { objectErrors } from "./validation.ts";

/**
 * What the Caf already pays on the territory before the CTG (prestations de service, CEJ…), so that the plan's new
 * money reads against it. It lives in the plan document, edited live by facilitators:
 * - `cafBaseline`: { year, note };
 * - `cafBaselineLines`: line id → { label, dispositif, amount, order }. Both are top-level maps, so that two people
 *   adding the first lines at once never replace each other's map.
 */
export const CafBaselineLineSchema = z.strictObject(
  {
    label: z
      .string({ error: problem("notText", "cafLineLabel") })
      .check(
        z.trim(),
        z.minLength(1, problem("cafLineLabelMissing")),
        z.maxLength(200, problem("tooLong", "cafLineLabel")),
      ),
    /** null: not broken down by dispositif, as a source may give several together (PS and CEJ). */
    dispositif: z.nullable(z.enum(CAF_DISPOSITIFS, { error: problem("dispositifUnknown") })),
    amount: EurosSchema,
  },
  { error: objectErrors("cafLineNotObject") },
);
export type CafBaselineLineInput = z.infer<typeof CafBaselineLineSchema>;

/** A line as the document holds it: with its place among the others. */
const StoredLineSchema = z.extend(CafBaselineLineSchema, { order: z.string().check(z.minLength(1)) });

export const CafBaselineHeadSchema = z.strictObject(
  {
    year: z.nullable(YearSchema),
    note: z
      .string({ error: problem("notText", "note") })
      .check(z.trim(), z.maxLength(1000, problem("tooLong", "note"))),
  },
  { error: objectErrors("cafBaselineNotObject") },
);
export type CafBaselineHead = z.infer<typeof CafBaselineHeadSchema>;

export interface CafBaselineLine extends CafBaselineLineInput {
  id: string;
  order: string;
}

export interface CafBaseline extends CafBaselineHead {
  lines: CafBaselineLine[];
}

const head = (doc: Y.Doc) => doc.getMap<unknown>("cafBaseline");
const lines = (doc: Y.Doc) => doc.getMap<unknown>("cafBaselineLines");

export function readCafBaseline(doc: Y.Doc): CafBaseline {
  const parsed = CafBaselineHeadSchema.safeParse({
    year: head(doc).get("year") ?? null,
    note: head(doc).get("note") ?? "",
  });
  const read: CafBaselineLine[] = [];
  lines(doc).forEach((value, id) => {
    const line = StoredLineSchema.safeParse(value);
    if (line.success) read.push({ id, ...line.data });
  });
  return { ...(parsed.success ? parsed.data : { year: null, note: "" }), lines: read.sort(compareByOrder) };
}

/** Sets the year and the note of the baseline; a key left out is kept. Throws a ZodError naming the bad field. */
export function setCafBaselineHead(doc: Y.Doc, patch: Partial<CafBaselineHead>): void {
  const current = readCafBaseline(doc);
  const next = CafBaselineHeadSchema.parse({ year: current.year, note: current.note, ...patch });
  // Only the keys given: someone else's concurrent change of the other one is kept.
  doc.transact(() => {
    if (patch.year !== undefined) head(doc).set("year", next.year);
    if (patch.note !== undefined) head(doc).set("note", next.note);
  });
}

/** Adds a line after the others, or rewrites one in place (keeping its place). */
export function setCafBaselineLine(doc: Y.Doc, id: string, input: CafBaselineLineInput): void {
  const line = CafBaselineLineSchema.parse(input);
  const existing = readCafBaseline(doc).lines;
  const order = existing.find((other) => other.id === id)?.order ?? orderKeyAt(existing, existing.length);
  lines(doc).set(id, { ...line, order });
}

export function removeCafBaselineLine(doc: Y.Doc, id: string): boolean {
  if (!lines(doc).has(id)) return false;
  lines(doc).delete(id);
  return true;
}
