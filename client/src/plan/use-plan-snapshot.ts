import {
  type Axis,
  type Fiche,
  listObjectives,
  type Objective,
  type Period,
  type PlanReport,
  planReport,
} from "@atelier/shared";
import { useCallback } from "react";
import type * as Y from "yjs";
import { useYValue } from "../sync/use-y-value.ts";

/** The plan as the page shows it, read once per change of the document. */
export interface PlanSnapshot {
  report: PlanReport;
  axes: Axis[];
  objectives: Objective[];
  fiches: Fiche[];
}

function readSnapshot(doc: Y.Doc, period: Period): PlanSnapshot {
  // The page names the fiches' communes from the space it holds (fiche-words.ts): the report need not.
  const report = planReport(doc, period, []);
  const axes = report.sections.flatMap((section) => (section.axis ? [section.axis] : []));
  return {
    report,
    axes,
    objectives: listObjectives(doc),
    fiches: report.sections.flatMap((section) => section.fiches),
  };
}

/**
 * Follows the plan document: every local or remote change gives a new snapshot, and renders in between reuse the
 * last one (the report walks every fiche, so it is computed once per change, not once per component).
 */
export function usePlanSnapshot(doc: Y.Doc, period: Period): PlanSnapshot {
  const read = useCallback(() => readSnapshot(doc, period), [doc, period]);
  return useYValue(doc, read);
}
