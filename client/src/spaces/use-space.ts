import type { BoardView, SpaceView } from "@atelier/shared";
import { useCallback, useEffect, useState } from "react";
import { ApiError, failureMessage } from "../api/request.ts";
import { spacesApi } from "../api/spaces-api.ts";
import { t } from "../i18n/text.ts";
import { rememberSpace } from "./known-spaces.ts";

type SpaceState = { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; space: SpaceView };

/** Loads a space, remembers it on this device, and lets the page apply what the API returns after a change. */
export function useSpace(spaceId: string, token?: string) {
  const [state, setState] = useState<SpaceState>({ status: "loading" });

  useEffect(() => {
    let current = true;
    // Asked again with the token once the page knows it (for the signatories): what is shown stays meanwhile, and so
    // does the keyboard's focus.
    setState((previous) =>
      previous.status === "ready" && previous.space.id === spaceId ? previous : { status: "loading" },
    );
    spacesApi.get(spaceId, token).then(
      (space) => {
        if (!current) return;
        rememberSpace(space);
        setState({ status: "ready", space });
      },
      (error: unknown) => {
        if (!current) return;
        const notFound = error instanceof ApiError && error.status === 404;
        setState({ status: "failed", message: notFound ? t.space.notFound : failureMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [spaceId, token]);

  const putBoard = useCallback((board: BoardView) => {
    setState((previous) => {
      if (previous.status !== "ready") return previous;
      const { boards } = previous.space;
      const known = boards.some((existing) => existing.id === board.id);
      const next = known ? boards.map((existing) => (existing.id === board.id ? board : existing)) : [...boards, board];
      return { status: "ready", space: { ...previous.space, boards: next } };
    });
  }, []);

  /** The space as the API returned it after a change of its own (name, territory, parties). */
  const putSpace = useCallback((space: SpaceView) => {
    rememberSpace(space);
    setState({ status: "ready", space });
  }, []);

  return { state, putBoard, putSpace };
}
