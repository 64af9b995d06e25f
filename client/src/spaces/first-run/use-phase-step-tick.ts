import type { Phase } from "@atelier/shared";
import { useEffect } from "react";
import { markFirstRunStep } from "./first-run-progress.ts";

/** A facilitator whose board has left its first step has run one: the guided start ticks "run a step". */
export function usePhaseStepTick(spaceId: string, phase: Phase, canFacilitate: boolean): void {
  useEffect(() => {
    if (canFacilitate && phase !== "contribute") markFirstRunStep(spaceId, "phase");
  }, [spaceId, phase, canFacilitate]);
}
