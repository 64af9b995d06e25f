import type { Diagnostic } from "@atelier/shared";
import { useEffect, useState } from "react";
import { diagnosticApi } from "../api/diagnostic-api.ts";
import { failureMessage } from "../api/request.ts";

export type DiagnosticState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; diagnostic: Diagnostic };

/** The diagnostic as the server assembles it from the boards, once per visit of the page. */
export function useDiagnostic(spaceId: string, token: string): DiagnosticState {
  const [state, setState] = useState<DiagnosticState>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    diagnosticApi.diagnostic(spaceId, token).then(
      (diagnostic) => current && setState({ status: "ready", diagnostic }),
      (error: unknown) => current && setState({ status: "failed", message: failureMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [spaceId, token]);
  return state;
}
