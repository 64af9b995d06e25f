import { useCallback } from "react";
import { bilanApi } from "../../api/bilan-api.ts";
import { indicatorsApi } from "../../api/indicators-api.ts";
import { useLoaded } from "../../ui/use-loaded.ts";
import { usePlan } from "../plan-context.ts";

/**
 * A year's bilan and the space's territorial figures, which live on the server, not in the plan document: `reload`
 * asks again after this browser changed an entry or a link, and keeps showing the bilan meanwhile.
 */
export function useBilan(year: number) {
  const { space, token } = usePlan();
  const load = useCallback(async () => {
    const [bilan, territorial] = await Promise.all([
      bilanApi.year(space.id, token, year),
      indicatorsApi.list(space.id, token),
    ]);
    return { bilan, territorial };
  }, [space.id, token, year]);
  return useLoaded(load);
}
