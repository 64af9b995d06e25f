import { SignatureInputSchema } from "@atelier/shared";
import type { GovernanceService } from "../governance/governance-service.ts";
import type { ConventionService } from "../plan/convention-service.ts";
import type { PlanService } from "../plan/plan-service.ts";

const PLAN_VALIDATION_DAY = "2021-11-30";
const SIGNATURE_DAY = "2021-12-15";

/**
 * The plan définitif as the November COPIL validated it, signed at the December COPIL by the Caf and the
 * communauté de communes: the demo then shows a convention in force, which later changes become avenants of.
 */
export async function signDemoPlan(
  plan: PlanService,
  convention: ConventionService,
  governance: GovernanceService,
  spaceId: string,
): Promise<void> {
  const meetings = await governance.meetings(spaceId);
  const validating = meetings.find((meeting) => meeting.date === PLAN_VALIDATION_DAY);
  // Frozen on the day of the COPIL that validated it, as a facilitator following the démarche would have.
  const version = await plan.addVersion(
    spaceId,
    { label: "Plan d'actions définitif", meetingId: validating?.id ?? null },
    Date.parse(`${PLAN_VALIDATION_DAY}T12:00:00Z`),
  );
  if (!version.ok) throw new Error(`Le plan d'exemple n'a pu être figé : ${version.error}`);
  const signed = await convention.sign(
    spaceId,
    version.value.id,
    SignatureInputSchema.parse({ signedOn: SIGNATURE_DAY, signatories: [0, 1] }),
  );
  if (!signed.ok) throw new Error(`Le plan d'exemple n'a pu être signé : ${signed.error}`);
}
