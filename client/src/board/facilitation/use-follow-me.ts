import { FollowSchema, readBoardSettings, setFollow } from "@atelier/shared";
import { useEffect } from "react";
import type * as Y from "yjs";

/** Participants' pages would otherwise scroll to every element the facilitator tabs through. */
const WRITE_INTERVAL_MS = 300;
const HIGHLIGHT_MS = 2000;
export const FOLLOW_ID_ATTRIBUTE = "data-follow-id";
const FOLLOWED_ATTRIBUTE = "data-followed";

function followIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const id = target.closest(`[${FOLLOW_ID_ATTRIBUTE}]`)?.getAttribute(FOLLOW_ID_ATTRIBUTE) ?? null;
  return FollowSchema.shape.target.safeParse(id).success ? id : null;
}

/**
 * On the leading facilitator's page: publishes the card or cluster they focus or point at as the follow target,
 * at most every 300 ms, the last one always winning.
 */
export function useFollowLeader(doc: Y.Doc, leading: boolean): void {
  useEffect(() => {
    if (!leading) return;
    let lastWrite = 0;
    let pending: string | null = null;
    let handle: number | undefined;
    const flush = () => {
      handle = undefined;
      const current = readBoardSettings(doc).follow;
      if (pending === null || !current.active) return;
      if (pending !== current.target) setFollow(doc, { active: true, target: pending });
      lastWrite = Date.now();
      pending = null;
    };
    const onInteraction = (event: Event) => {
      const id = followIdOf(event.target);
      if (id === null) return;
      pending = id;
      const wait = lastWrite + WRITE_INTERVAL_MS - Date.now();
      if (wait <= 0) flush();
      else handle ??= window.setTimeout(flush, wait);
    };
    document.addEventListener("focusin", onInteraction);
    document.addEventListener("pointerdown", onInteraction);
    return () => {
      document.removeEventListener("focusin", onInteraction);
      document.removeEventListener("pointerdown", onInteraction);
      window.clearTimeout(handle);
    };
  }, [doc, leading]);
}

/** On a following page: brings the facilitator's target into view and marks it for a moment, without moving focus. */
export function useFollowTarget(target: string | null, following: boolean): void {
  useEffect(() => {
    if (!following || target === null) return;
    const element = document.querySelector(`[${FOLLOW_ID_ATTRIBUTE}="${CSS.escape(target)}"]`);
    // Hidden from this participant (hidden mode, filters): nothing to show.
    if (!element) return;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ behavior: reduceMotion ? "auto" : "smooth", block: "center", inline: "nearest" });
    // An attribute, not a class: the card's own className belongs to React, which would drop a class added here.
    element.setAttribute(FOLLOWED_ATTRIBUTE, "");
    const handle = window.setTimeout(() => element.removeAttribute(FOLLOWED_ATTRIBUTE), HIGHLIGHT_MS);
    return () => {
      window.clearTimeout(handle);
      element.removeAttribute(FOLLOWED_ATTRIBUTE);
    };
  }, [target, following]);
}
