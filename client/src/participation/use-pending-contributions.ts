import type { PendingContributionView } from "@atelier/shared";
import { useCallback, useEffect, useState } from "react";
import { participationApi } from "../api/participation-api.ts";
import { failureMessage, isUnreachable } from "../api/request.ts";

const POLL_MS = 3_000;

/** The board's contributions awaiting moderation, asked for every few seconds while the queue is on screen. */
export function usePendingContributions(spaceId: string, boardId: string, token: string) {
  const [pending, setPending] = useState<PendingContributionView[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setPending(await participationApi.pending(spaceId, boardId, token));
      setFailure(null);
    } catch (error) {
      // Out of reach, the board's offline banner says so already; the next poll catches up.
      if (!isUnreachable(error)) setFailure(failureMessage(error));
    }
  }, [spaceId, boardId, token]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Each request waits for the previous one: a slow server never piles them up.
    const poll = async () => {
      await refresh();
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [refresh]);

  const settle = useCallback(
    async (action: (...ids: [string, string, string, string]) => Promise<unknown>, pendingId: string) => {
      await action(spaceId, boardId, token, pendingId);
      setPending((previous) => previous.filter((item) => item.id !== pendingId));
    },
    [spaceId, boardId, token],
  );

  return {
    pending,
    failure,
    accept: (pendingId: string) => settle(participationApi.accept, pendingId),
    reject: (pendingId: string) => settle(participationApi.reject, pendingId),
  };
}
