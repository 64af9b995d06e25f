import {
  CURRENT_PLAN,
  comparePlans,
  type Fiche,
  listAxes,
  listFiches,
  listObjectives,
  noDifference,
  type PlanComparison,
  type PlanReport,
  PlanVersionInputSchema,
  planDocumentName,
  planReport,
  SIGNED_PLAN,
} from "@atelier/shared";
import * as Y from "yjs";
import type { DocumentWriter } from "../collab/document-writer.ts";
import { type Outcome, refused } from "../outcome.ts";
import { newId } from "../spaces/secrets.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { PlanVersionSummary } from "../store/plan-version-store.ts";
import type { Store } from "../store/store.ts";
import { frozenPlan } from "./convention-service.ts";
import type { PlanHeader } from "./docx-export.ts";

const NOT_SIGNED = Symbol("not signed");

/** The plan as read by the server: for exports and the COPIL's immutable versions. */
export class PlanService {
  private readonly spaces: SpaceService;
  private readonly store: Store;
  private readonly writer: DocumentWriter;

  constructor(spaces: SpaceService, store: Store, writer: DocumentWriter) {
    this.spaces = spaces;
    this.store = store;
    this.writer = writer;
  }

  async report(spaceId: string): Promise<{ report: PlanReport; header: PlanHeader } | undefined> {
    const space = await this.spaces.find(spaceId);
    if (!space) return undefined;
    const report = await this.writer.transact(planDocumentName(spaceId), (doc) =>
      planReport(doc, space.period, space.territory.communes),
    );
    return { report, header: { spaceName: space.name, period: space.period, parties: space.parties } };
  }

  /**
   * Keeps the plan as it is now, for good: what a COPIL validated can always be read and compared. A plan that has
   * not changed since the last version is not frozen again: it would be an avenant that changes nothing.
   * `frozenAt` is for the demo, whose versions are frozen on the days of the COPILs it tells of.
   */
  async addVersion(spaceId: string, input: unknown, frozenAt = Date.now()): Promise<Outcome<FrozenVersion>> {
    const { label, meetingId } = PlanVersionInputSchema.parse(input);
    if (meetingId && !(await this.store.governance.findMeeting(spaceId, meetingId))) {
      return refused(404, "meetingUnknown");
    }
    const { state, fiches, outline } = await this.writer.transact(planDocumentName(spaceId), (doc) => ({
      state: Y.encodeStateAsUpdate(doc),
      fiches: listFiches(doc),
      outline: planOutline(doc),
    }));
    const last = (await this.store.planVersions.list(spaceId)).at(-1);
    const lastVersion = last && (await this.store.planVersions.get(spaceId, last.id));
    if (
      lastVersion &&
      noDifference(comparePlans(JSON.parse(lastVersion.fichesJson) as Fiche[], fiches)) &&
      planOutline(frozenPlan(lastVersion.state)) === outline
    ) {
      return refused(409, "versionUnchanged", { label: lastVersion.label });
    }
    const version = { id: newId(), spaceId, label, meetingId, createdAt: frozenAt };
    await this.store.planVersions.add({ ...version, state, fichesJson: JSON.stringify(fiches) });
    return { ok: true, value: { ...version, fiches: fiches.length } };
  }

  versions(spaceId: string) {
    return this.store.planVersions.list(spaceId);
  }

  /** Compares two versions; "current" stands for the plan as it is now, "signed" for the signed version. */
  async compare(spaceId: string, from: string, to: string): Promise<Outcome<PlanComparison>> {
    const [before, after] = await Promise.all([this.fichesOf(spaceId, from), this.fichesOf(spaceId, to)]);
    if (before === NOT_SIGNED || after === NOT_SIGNED) return refused(404, "noSignedVersion");
    if (!before || !after) return refused(404, "versionNotFound");
    return { ok: true, value: comparePlans(before, after) };
  }

  private async fichesOf(spaceId: string, version: string): Promise<Fiche[] | typeof NOT_SIGNED | undefined> {
    if (version === CURRENT_PLAN) return this.writer.transact(planDocumentName(spaceId), (doc) => listFiches(doc));
    if (version === SIGNED_PLAN) {
      const signed = await this.store.signatures.inForce(spaceId);
      return signed ? this.fichesOf(spaceId, signed.versionId) : NOT_SIGNED;
    }
    const stored = await this.store.planVersions.get(spaceId, version);
    return stored && (JSON.parse(stored.fichesJson) as Fiche[]);
  }
}

/** A version as frozen: what it is listed with, and how many fiches it holds. */
interface FrozenVersion extends PlanVersionSummary {
  fiches: number;
}

/**
 * What a plan holds besides its fiches, which a comparison of fiches does not see: its axes and objectives. A version
 * that only renames an axis is a new one.
 */
function planOutline(doc: Y.Doc): string {
  return JSON.stringify([listAxes(doc), listObjectives(doc)]);
}
