import {
  assembleBilan,
  type BilanEntry,
  type BilanEntryFields,
  bilanYearSchema,
  type ImpactKey,
  type ImpactLink,
  type PlanReport,
  type YearBilan,
} from "@atelier/shared";
import type { IndicatorService } from "../indicators/indicator-service.ts";
import { type Outcome, refused, refusedFields } from "../outcome.ts";
import type { PlanHeader } from "../plan/docx-export.ts";
import type { PlanService } from "../plan/plan-service.ts";
import type { Store } from "../store/store.ts";

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
    if (!found) return refused(404, "spaceNotFound");
    const parsed = bilanYearSchema(found.header.period).safeParse(year);
    if (!parsed.success) return refusedFields("bilanYearInvalid", parsed.error.issues);
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
    if (!planFiche(found.value.report, ficheId)) return refused(404, "ficheNotInPlan");
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
    if (!found) return refused(404, "spaceNotFound");
    const fiche = planFiche(found.report, link.ficheId);
    if (!fiche) return refused(404, "ficheNotInPlan");
    if (!fiche.indicators.some((indicator) => indicator.id === link.indicatorId)) {
      return refused(404, "indicatorNotInFiche");
    }
    if (!(await this.store.indicators.find(spaceId, link.territorialIndicatorId))) {
      return refused(404, "territorialIndicatorUnknown");
    }
    await this.store.bilan.putImpact(spaceId, link);
    return { ok: true, value: link };
  }

  async deleteImpact(spaceId: string, key: ImpactKey): Promise<Outcome<null>> {
    if (!(await this.store.bilan.deleteImpact(spaceId, key))) {
      return refused(404, "ficheIndicatorUnlinked");
    }
    return { ok: true, value: null };
  }
}
