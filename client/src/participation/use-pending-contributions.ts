import type { PendingContributionView } from "@atelier/shared";
import { useCallback } from "react";
import { participationApi } from "../api/participation-api.ts";
import { usePolledList } from "./use-polled-list.ts";

const always = () => true;
const whileWaiting = (items: PendingContributionView[]) => items.length > 0;

/** The board's contributions awaiting moderation, asked for every few seconds while the queue is on screen. */
export function usePendingContributions(spaceId: string, boardId: string, token: string) {
  const load = useCallback(() => participationApi.pending(spaceId, boardId, token), [spaceId, boardId, token]);
  const { items: pending, setItems, failure } = usePolledList(load, always);

  const settle = useCallback(
    async (action: (...ids: [string, string, string, string]) => Promise<unknown>, pendingId: string) => {
      await action(spaceId, boardId, token, pendingId);
      setItems((previous) => previous.filter((item) => item.id !== pendingId));
    },
    [spaceId, boardId, token, setItems],
  );

  return {
    pending,
    failure,
    accept: (pendingId: string) => settle(participationApi.accept, pendingId),
    reject: (pendingId: string) => settle(participationApi.reject, pendingId),
  };
}

/**
 * What this participant sent to the board that a facilitator has yet to settle: read on load, then asked for only
 * while one still waits; `reload` once they send another.
 */
export function useOwnPendingContributions(spaceId: string, boardId: string, token: string) {
  const load = useCallback(() => participationApi.ownPending(spaceId, boardId, token), [spaceId, boardId, token]);
  const { items: pending, failure, reload } = usePolledList(load, whileWaiting);
  return { pending, failure, reload };
}
