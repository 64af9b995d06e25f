import type { PlanSignature } from "@atelier/shared";
import { useEffect, useState } from "react";
import { planApi } from "../../api/plan-api.ts";

/**
 * The convention's signature in force, for those who read the plan (null token: they do not): the parties it names
 * have signed on its date. Until it is known, or if it cannot be, the parties show their own dates alone.
 */
export function useSignatureInForce(spaceId: string, token: string | null): PlanSignature | null {
  const [signature, setSignature] = useState<PlanSignature | null>(null);
  useEffect(() => {
    if (!token) return;
    let current = true;
    planApi.convention(spaceId, token).then(
      (status) => {
        if (current) setSignature(status.signature);
      },
      // The list then says what the parties' own dates say, as before the convention was signed.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [spaceId, token]);
  return signature;
}
