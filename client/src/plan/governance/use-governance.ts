import type { ConventionStatus, Meeting } from "@atelier/shared";
import { useCallback, useEffect, useState } from "react";
import { governanceApi } from "../../api/governance-api.ts";
import { type PlanVersionView, planApi } from "../../api/plan-api.ts";
import { failureMessage } from "../../api/request.ts";
import { usePlan } from "../plan-context.ts";

type GovernanceState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; meetings: Meeting[]; versions: PlanVersionView[]; convention: ConventionStatus };

/**
 * The space's meetings and frozen versions, most recent first, and which version is signed. They live on the server, not in the plan document:
 * `reload` asks again after this browser changed one.
 */
export function useGovernance() {
  const { space, token } = usePlan();
  const [state, setState] = useState<GovernanceState>({ status: "loading" });

  const fetchAll = useCallback(async (): Promise<GovernanceState> => {
    try {
      const [meetings, versions, convention] = await Promise.all([
        governanceApi.meetings(space.id, token),
        planApi.versions(space.id, token),
        planApi.convention(space.id, token),
      ]);
      return {
        status: "ready",
        meetings: meetings.toSorted((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt),
        versions: versions.toSorted((a, b) => b.createdAt - a.createdAt),
        convention,
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
