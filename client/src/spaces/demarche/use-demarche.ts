import type { Demarche } from "@atelier/shared";
import { useEffect, useState } from "react";
import { governanceApi } from "../../api/governance-api.ts";
import { failureMessage } from "../../api/request.ts";

type DemarcheState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; demarche: Demarche };

/** Where the démarche stands, as the server derives it; `put` applies what a change answered. */
export function useDemarche(spaceId: string, token: string) {
  const [state, setState] = useState<DemarcheState>({ status: "loading" });

  useEffect(() => {
    let current = true;
    governanceApi.demarche(spaceId, token).then(
      (demarche) => {
        if (current) setState({ status: "ready", demarche });
      },
      (error: unknown) => {
        if (current) setState({ status: "failed", message: failureMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [spaceId, token]);

  return { state, put: (demarche: Demarche) => setState({ status: "ready", demarche }) };
}
