import { useCallback } from "react";
import { satisfactionApi } from "../../api/satisfaction-api.ts";
import { useLoaded } from "../../ui/use-loaded.ts";
import { usePlan } from "../plan-context.ts";

/** A year's questionnaire, if opened, and its results, as the server holds them. */
export function useSatisfaction(year: number) {
  const { space, token } = usePlan();
  return useLoaded(
    useCallback(async () => {
      const questionnaires = await satisfactionApi.questionnaires(space.id, token);
      const questionnaire = questionnaires.find((candidate) => candidate.year === year) ?? null;
      const report = questionnaire && (await satisfactionApi.results(space.id, token, year));
      return { questionnaire, report };
    }, [space.id, token, year]),
  );
}
