import type { PlanSignature } from "@atelier/shared";
import { useCallback } from "react";
import { planApi } from "../../api/plan-api.ts";
import { useLoaded } from "../../ui/use-loaded.ts";

/**
 * The convention's signature in force, for those who read the plan (null token: they do not): the parties it names
 * have signed on its date. Until it is known, or if it cannot be, the parties show their own dates alone.
 */
export function useSignatureInForce(spaceId: string, token: string | null): PlanSignature | null {
  const load = useCallback(
    async () => (token ? (await planApi.convention(spaceId, token)).signature : null),
    [spaceId, token],
  );
  const { state } = useLoaded(load);
  return state.status === "ready" ? state.value : null;
}
