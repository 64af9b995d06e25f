import { useCallback, useEffect, useState } from "react";
import { failureMessage } from "../api/request.ts";

export type Loaded<T> = { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; value: T };

/**
 * What `load` answers, asked again whenever `load` changes (give it through useCallback); a failure keeps the
 * server's own words. `reload` asks again after this browser changed something, showing the former answer meanwhile.
 */
export function useLoaded<T>(load: () => Promise<T>) {
  const [state, setState] = useState<Loaded<T>>({ status: "loading" });

  const settle = useCallback(async (): Promise<Loaded<T>> => {
    try {
      return { status: "ready", value: await load() };
    } catch (error) {
      return { status: "failed", message: failureMessage(error) };
    }
  }, [load]);

  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    settle().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [settle]);

  const reload = useCallback(async () => setState(await settle()), [settle]);
  return { state, reload };
}
