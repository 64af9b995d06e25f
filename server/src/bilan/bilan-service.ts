import {
  assembleBilan,
  type BilanEntry,
  type BilanEntryFields,
  bilanYearSchema,
  describeIssues,
  type ImpactKey,
  type ImpactLink,
  type PlanReport,
  type YearBilan,
} from "@atelier/shared";
import type { IndicatorService } from "../indicators/indicator-service.ts";
import { type Outcome, refused } from "../outcome.ts";
import type { PlanHeader } from "../plan/docx-export.ts";
import type { PlanService } from "../plan/plan-service.ts";
import type { Store } from "../store/store.ts";

const SPACE_NOT_FOUND = "Espace CTG introuvable.";

function planFiche(report: PlanReport, ficheId: string) {
  return report.sections.flatMap((section) => section.fiches).find((fiche) => fiche.id === ficheId);
}

/**
 * The yearly bilan the COPIL reads: each fiche's progress and the facilitators' texts (stored here), read beside the
 * plan as its exports read it, the indicators' values against their targets and the territory's figures.
 */
export class BilanService {
  private readonly plan: PlanService;
  private readonly store: Store;
  private readonly indicators: IndicatorService;

  constructor(plan: PlanService, store: Store, indicators: IndicatorService) {
    this.plan = plan;
    this.store = store;
    this.indicators = indicators;
  }

  /** The plan and the year the address names, once that year is one of the space's period. */
  private async planOfYear(
    spaceId: string,
    year: string,
  ): Promise<Outcome<{ report: PlanReport; header: PlanHeader; year: number }>> {
    const found = await this.plan.report(spaceId);
    if (!found) return refused(404, SPACE_NOT_FOUND);
    const parsed = bilanYearSchema(found.header.period).safeParse(year);
    if (!parsed.success) return refused(400, describeIssues(parsed.error));
    return { ok: true, value: { ...found, year: parsed.data } };
  }

  async bilan(spaceId: string, year: string): Promise<Outcome<{ bilan: YearBilan; header: PlanHeader }>> {
    const found = await this.planOfYear(spaceId, year);
    if (!found.ok) return found;
    const { report, header } = found.value;
    const [entries, impacts, territorial, meetings] = await Promise.all([
      this.store.bilan.listEntries(spaceId),
      this.store.bilan.listImpacts(spaceId),
      this.indicators.list(spaceId),
      this.store.governance.listMeetings(spaceId),
    ]);
    const bilan = assembleBilan({
      year: found.value.year,
      period: header.period,
      sections: report.sections,
      entries,
      impacts,
      territorial,
      meetings,
    });
    return { ok: true, value: { bilan, header } };
  }

  async putEntry(
    spaceId: string,
    year: string,
    ficheId: string,
    fields: BilanEntryFields,
  ): Promise<Outcome<BilanEntry>> {
    const found = await this.planOfYear(spaceId, year);
    if (!found.ok) return found;
    if (!planFiche(found.value.report, ficheId)) return refused(404, "Cette fiche action n'est pas dans le plan.");
    const entry: BilanEntry = { ...fields, ficheId, year: found.value.year, updatedAt: Date.now() };
    await this.store.bilan.putEntry(spaceId, entry);
    return { ok: true, value: entry };
  }

  /** Every year's entries, for the follow-up workbook. */
  entries(spaceId: string): Promise<BilanEntry[]> {
    return this.store.bilan.listEntries(spaceId);
  }

  async putImpact(spaceId: string, link: ImpactLink): Promise<Outcome<ImpactLink>> {
    const found = await this.plan.report(spaceId);
    if (!found) return refused(404, SPACE_NOT_FOUND);
    const fiche = planFiche(found.report, link.ficheId);
    if (!fiche) return refused(404, "Cette fiche action n'est pas dans le plan.");
    if (!fiche.indicators.some((indicator) => indicator.id === link.indicatorId)) {
      return refused(404, "Cet indicateur n'est pas dans la fiche action.");
    }
    if (!(await this.store.indicators.find(spaceId, link.territorialIndicatorId))) {
      return refused(404, "Cet indicateur territorial n'existe pas dans cet espace.");
    }
    await this.store.bilan.putImpact(spaceId, link);
    return { ok: true, value: link };
  }

  async deleteImpact(spaceId: string, key: ImpactKey): Promise<Outcome<null>> {
    if (!(await this.store.bilan.deleteImpact(spaceId, key))) {
      return refused(404, "Cet indicateur de la fiche n'est relié à aucun indicateur territorial.");
    }
    return { ok: true, value: null };
  }
}
