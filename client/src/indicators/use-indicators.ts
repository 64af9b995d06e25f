import type { IndicatorView } from "@atelier/shared";
import { useCallback, useEffect, useState } from "react";
import { indicatorsApi } from "../api/indicators-api.ts";
import { failureMessage } from "../api/request.ts";

export type IndicatorsState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; indicators: IndicatorView[] };

/** The space's indicators; `reload` after an import, `put` a corrected one as the server returned it. */
export function useIndicators(spaceId: string, token: string) {
  const [state, setState] = useState<IndicatorsState>({ status: "loading" });

  const load = useCallback(
    (): Promise<IndicatorsState> =>
      indicatorsApi.list(spaceId, token).then(
        (indicators) => ({ status: "ready", indicators }),
        (error: unknown) => ({ status: "failed", message: failureMessage(error) }),
      ),
    [spaceId, token],
  );

  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    load().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [load]);

  // The table stays on screen while the new list comes: no flash of "loading" after an import.
  const reload = useCallback(async () => setState(await load()), [load]);

  const put = useCallback((indicator: IndicatorView) => {
    setState((previous) =>
      previous.status === "ready"
        ? {
            ...previous,
            indicators: previous.indicators.map((known) => (known.id === indicator.id ? indicator : known)),
          }
        : previous,
    );
  }, []);

  return { state, reload, put };
}
