import {
  type ConventionStatus,
  type Meeting,
  numberAvenants,
  type PlanReport,
  type PlanSignature,
  planDocumentName,
  planReport,
  resolveSignatories,
  type SignatureInputSchema,
  type SignatureWithdrawalSchema,
} from "@atelier/shared";
import * as Y from "yjs";
import type { z } from "zod/mini";
import type { DocumentWriter } from "../collab/document-writer.ts";
import { type Outcome, refused } from "../outcome.ts";
import { newId } from "../spaces/secrets.ts";
import type { FoundSpace, SpaceService } from "../spaces/space-service.ts";
import type { Store } from "../store/store.ts";

/** What the convention document is written from. */
export interface ConventionContent {
  space: FoundSpace;
  status: ConventionStatus;
  meetings: Meeting[];
  /** The signed version's plan; the plan as it is now while nothing is signed (the draft put up for signature). */
  report: PlanReport;
}

/** The signed convention: which version of the plan was signed, by whom and when, its avenants and its document. */
export class ConventionService {
  private readonly spaces: SpaceService;
  private readonly store: Store;
  private readonly writer: DocumentWriter;

  constructor(spaces: SpaceService, store: Store, writer: DocumentWriter) {
    this.spaces = spaces;
    this.store = store;
    this.writer = writer;
  }

  async status(spaceId: string): Promise<ConventionStatus> {
    const [signatures, versions, meetings] = await Promise.all([
      this.store.signatures.list(spaceId),
      this.store.planVersions.list(spaceId),
      this.store.governance.listMeetings(spaceId),
    ]);
    const signature = signatures.find((candidate) => candidate.withdrawn === null) ?? null;
    return {
      signature,
      avenants: numberAvenants(versions, signature?.versionId ?? null, meetings),
      withdrawn: signatures.filter((candidate) => candidate.withdrawn !== null),
    };
  }

  /**
   * Marks a version as the signed one. The meeting defaults to the last one that decided the signature; one named
   * must have decided it, so that the convention never cites a comité for what it did not decide.
   */
  async sign(
    spaceId: string,
    versionId: string,
    input: z.output<typeof SignatureInputSchema>,
  ): Promise<Outcome<PlanSignature>> {
    const [space, version, meetings] = await Promise.all([
      this.spaces.find(spaceId),
      this.store.planVersions.get(spaceId, versionId),
      this.store.governance.listMeetings(spaceId),
    ]);
    if (!space) return refused(404, "spaceNotFound");
    if (!version) return refused(404, "versionNotFound");
    const deciding = meetings.filter((meeting) => meeting.decisions.some((decision) => decision.kind === "signature"));
    let meetingId = deciding.at(-1)?.id ?? null;
    if (input.meetingId !== null) {
      if (!meetings.some((meeting) => meeting.id === input.meetingId)) {
        return refused(404, "meetingUnknown");
      }
      if (!deciding.some((meeting) => meeting.id === input.meetingId)) {
        return refused(400, "meetingDecidedNoSignature");
      }
      meetingId = input.meetingId;
    }
    const signatories = resolveSignatories(space.parties, input.signatories);
    if (!signatories.ok) return refused(400, signatories.code, signatories.params);
    const signature: PlanSignature = {
      id: newId(),
      versionId,
      signedOn: input.signedOn,
      signatories: signatories.parties,
      meetingId,
      recordedAt: Date.now(),
      withdrawn: null,
    };
    if ((await this.store.signatures.sign(spaceId, signature, input.reason)) === "in-force") {
      return refused(409, "alreadySigned");
    }
    return { ok: true, value: signature };
  }

  /** Withdraws the signature in force: only with a reason, kept beside it. */
  async withdraw(
    spaceId: string,
    { reason }: z.output<typeof SignatureWithdrawalSchema>,
  ): Promise<Outcome<ConventionStatus>> {
    if (reason === undefined) {
      return refused(409, "withdrawalWithoutReason");
    }
    if (!(await this.store.signatures.withdraw(spaceId, Date.now(), reason))) {
      return refused(404, "noSignedVersion");
    }
    return { ok: true, value: await this.status(spaceId) };
  }

  async content(spaceId: string): Promise<ConventionContent | undefined> {
    const space = await this.spaces.find(spaceId);
    if (!space) return undefined;
    const [status, meetings] = await Promise.all([this.status(spaceId), this.store.governance.listMeetings(spaceId)]);
    const signed = status.signature && (await this.store.planVersions.get(spaceId, status.signature.versionId));
    const report = signed
      ? planReport(frozenPlan(signed.state), space.period, space.territory.communes)
      : await this.writer.transact(planDocumentName(spaceId), (doc) =>
          planReport(doc, space.period, space.territory.communes),
        );
    return { space, status, meetings, report };
  }
}

/** A frozen version read back as the plan it was: its Yjs state in a document of its own, never shared. */
export function frozenPlan(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
