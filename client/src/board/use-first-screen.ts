import type { BoardFirstScreen } from "@atelier/shared";
import { useEffect, useState } from "react";
import { request } from "../api/request.ts";

/**
 * The board's first screen, asked for with the token the page checks: null until it comes, when the server has none
 * yet (204) and when asking fails, the page then waiting for the document as it would without.
 */
export function useFirstScreen(spaceId: string, boardId: string, token: string | null): BoardFirstScreen | null {
  const [screen, setScreen] = useState<BoardFirstScreen | null>(null);
  useEffect(() => {
    if (!token) return;
    let current = true;
    request("GET /spaces/:spaceId/boards/:boardId/first-screen", { spaceId, boardId }, { token }).then(
      (answer: BoardFirstScreen | null) => {
        if (current) setScreen(answer);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [spaceId, boardId, token]);
  return screen;
}

/** The first screen until the document has synced, and null for good after: a reconnection never shows the board as it was an hour ago. */
export function useFirstScreenUntilSynced(screen: BoardFirstScreen | null, synced: boolean): BoardFirstScreen | null {
  const [outdated, setOutdated] = useState(false);
  if (synced && !outdated) setOutdated(true);
  return outdated ? null : screen;
}
