import type { Meeting } from "@atelier/shared";
import { useCallback, useEffect, useState } from "react";
import { governanceApi } from "../../api/governance-api.ts";
import { failureMessage } from "../../api/request.ts";
import { type PlanVersionView, planApi } from "../plan-api.ts";
import { usePlan } from "../plan-context.ts";

type GovernanceState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; meetings: Meeting[]; versions: PlanVersionView[] };

/**
 * The space's meetings and frozen versions, most recent first. They live on the server, not in the plan document:
 * `reload` asks again after this browser changed one.
 */
export function useGovernance() {
  const { space, token } = usePlan();
  const [state, setState] = useState<GovernanceState>({ status: "loading" });

  const fetchAll = useCallback(async (): Promise<GovernanceState> => {
    try {
      const [meetings, versions] = await Promise.all([
        governanceApi.meetings(space.id, token),
        planApi.versions(space.id, token),
      ]);
      return {
        status: "ready",
        meetings: meetings.toSorted((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt),
        versions: versions.toSorted((a, b) => b.createdAt - a.createdAt),
      };
    } catch (error) {
      return { status: "failed", message: failureMessage(error) };
    }
  }, [space.id, token]);

  useEffect(() => {
    let current = true;
    fetchAll().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [fetchAll]);

  const reload = useCallback(async () => setState(await fetchAll()), [fetchAll]);
  return { state, reload };
}
