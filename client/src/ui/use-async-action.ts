import { useCallback, useRef, useState } from "react";
import { failureMessage } from "../api/request.ts";

/**
 * One request at a time for a control: a second press while the first is on its way is ignored (rather than the
 * button disabled, which would drop the keyboard's focus), and a refusal is kept to be shown in the server's words.
 */
export function useAsyncAction() {
  const busy = useRef(false);
  const [failure, setFailure] = useState<string | null>(null);

  /** Resolves with whether the action succeeded. */
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    setFailure(null);
    try {
      await action();
      return true;
    } catch (error) {
      setFailure(failureMessage(error));
      return false;
    } finally {
      busy.current = false;
    }
  }, []);

  return { failure, run };
}
