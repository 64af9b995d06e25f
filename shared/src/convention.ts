import { z } from "zod/mini";
import { MAX_PARTIES, type Party } from "./parties.ts";
import { problem } from "./problems.ts";
import type { Refusal } from "./refusals.ts";
import { objectErrors } from "./validation.ts";

/** What a comparison names instead of a version id: the plan as it is now, and the version in force as signed. */
export const CURRENT_PLAN = "current";
export const SIGNED_PLAN = "signed";

const reason = z
  .string({ error: problem("notText", "reason") })
  .check(z.trim(), z.minLength(1, problem("reasonEmpty")), z.maxLength(2_000, problem("tooLong", "reason")));

/**
 * Marks a version of the plan as the signed one. A signatory is named by its position in the space's parties (from
 * 0) or by its name. `reason` is needed only to replace a version already signed: that is never done silently.
 */
export const SignatureInputSchema = z.strictObject(
  {
    signedOn: z.iso.date({ error: problem("notDate", "signingDate") }),
    signatories: z
      .array(
        z.union([z.int().check(z.minimum(0)), z.string().check(z.trim(), z.minLength(1), z.maxLength(160))], {
          error: problem("signatoryRefInvalid"),
        }),
        { error: problem("partiesNotList") },
      )
      .check(z.minLength(1, problem("signatoriesMissing")), z.maxLength(MAX_PARTIES, problem("partiesTooMany"))),
    meetingId: z._default(z.nullable(z.string().check(z.minLength(1), z.maxLength(64))), null),
    reason: z.optional(reason),
  },
  { error: objectErrors("signatureNotObject") },
);
export type SignatureInput = z.input<typeof SignatureInputSchema>;

/** Withdrawing the signature: the reason is asked for by the server (409 without it), so it may be left out here. */
export const SignatureWithdrawalSchema = z.strictObject(
  { reason: z.optional(reason) },
  { error: objectErrors("withdrawalNotObject") },
);

/** A signature as recorded: the parties are copied as they were, so later edits of the list do not rewrite it. */
export interface PlanSignature {
  id: string;
  versionId: string;
  signedOn: string;
  signatories: Party[];
  meetingId: string | null;
  recordedAt: number;
  /** Set when a facilitator withdrew it, with the reason given. */
  withdrawn: { at: number; reason: string } | null;
}

export interface Avenant {
  /** Avenant n° 1, n° 2… in the order the versions were frozen. */
  number: number;
  versionId: string;
  label: string;
  meetingId: string | null;
  /** The day of the comité whose decision the version is (the meeting it is linked to): the avenant's date. */
  decidedOn: string | null;
  /** When the version was frozen in the tool, which may be long after the comité. */
  createdAt: number;
}

/** Where the convention stands: the signed version (if any), its avenants, and the signatures withdrawn before. */
export interface ConventionStatus {
  signature: PlanSignature | null;
  avenants: Avenant[];
  withdrawn: PlanSignature[];
}

interface VersionSummary {
  id: string;
  label: string;
  meetingId: string | null;
  createdAt: number;
}

/**
 * The day a version stands for: that of the comité it is linked to, whose decision it is; null when it is linked to
 * none (only the day it was frozen is known then).
 */
export function versionDecidedOn(
  version: Pick<VersionSummary, "meetingId">,
  meetings: readonly { id: string; date: string }[],
): string | null {
  return meetings.find((meeting) => meeting.id === version.meetingId)?.date ?? null;
}

/** "Avenant n° 1", "avenant no 2", "Avenant n°3 :"… at the start of a label: the number the avenant shows already. */
const AVENANT_NUMBERING = /^\s*avenant\s*(?:n\s*[°º]|no\.?|numéro)?\s*\d{1,3}(?!\d)\s*[-–—:,.]?\s*/iu;

/**
 * What a version's label adds to the avenant's number, or null when it adds nothing: a label such as "Avenant n° 1"
 * would otherwise read twice ("Avenant n° 1 : Avenant n° 1").
 */
export function avenantOwnLabel(label: string): string | null {
  const rest = label.replace(AVENANT_NUMBERING, "").trim();
  return rest === "" ? null : rest;
}

/**
 * The avenants of a signed convention: every version frozen after the signed one, numbered in order. They follow
 * the signed version rather than the day the signature was recorded, which may be entered weeks after the COPIL.
 * Each is dated by the comité that decided it, among `meetings`.
 */
export function numberAvenants(
  versions: readonly VersionSummary[],
  signedVersionId: string | null,
  meetings: readonly { id: string; date: string }[],
): Avenant[] {
  const ordered = versions.toSorted((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const signedAt = ordered.findIndex((version) => version.id === signedVersionId);
  if (signedAt < 0) return [];
  return ordered.slice(signedAt + 1).map((version, index) => ({
    number: index + 1,
    versionId: version.id,
    label: version.label,
    meetingId: version.meetingId,
    decidedOn: versionDecidedOn(version, meetings),
    createdAt: version.createdAt,
  }));
}

/** The parties a signature names, or why one of them is not a party of the space. */
export function resolveSignatories(
  parties: readonly Party[],
  refs: readonly (number | string)[],
): { ok: true; parties: Party[] } | ({ ok: false } & Refusal) {
  const chosen = new Set<number>();
  for (const ref of refs) {
    const index =
      typeof ref === "number"
        ? ref
        : parties.findIndex((party) => party.name.localeCompare(ref, "fr", { sensitivity: "base" }) === 0);
    if (index < 0 || index >= parties.length) {
      return typeof ref === "number"
        ? { ok: false, code: "signatoryNumberUnknown", params: { index: ref, count: parties.length } }
        : { ok: false, code: "signatoryNameUnknown", params: { name: ref } };
    }
    if (chosen.has(index)) return { ok: false, code: "signatoryTwice", params: { name: parties[index]?.name } };
    chosen.add(index);
  }
  return { ok: true, parties: [...chosen].toSorted((a, b) => a - b).flatMap((index) => parties[index] ?? []) };
}
