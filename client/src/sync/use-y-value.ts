import { useMemo, useSyncExternalStore } from "react";
import * as Y from "yjs";
import { observeY, type YType } from "./observe-y.ts";

/** A shared type, or a whole document for a value read from several of its types (the plan). */
export type YTarget = YType | Y.Doc;

export interface YValueOptions<T> {
  /** Also follow what the type holds (a card's fields under the cards map, the text in a fragment's paragraphs). */
  deep?: boolean;
  /**
   * When a change leaves the value equal, the previous one is kept and nothing that depends on it is drawn again.
   * Pass a function made once: another one at each render would follow the type afresh at each render.
   */
  equals?: (previous: T, next: T) => boolean;
}

/** What React's useSyncExternalStore takes: `subscribe`, and `snapshot(read)` for its getSnapshot. */
export interface YValueStore<T> {
  subscribe: (onChange: () => void) => () => void;
  /**
   * What `read` gives: read again only after the target changed or with another `read`, the same value otherwise,
   * as useSyncExternalStore requires (a new value at each call would render forever).
   */
  snapshot: (read: () => T) => T;
}

function follow(target: YTarget, onChange: () => void, deep: boolean): () => void {
  if (!(target instanceof Y.Doc)) return observeY(target, onChange, deep);
  target.on("update", onChange);
  return () => target.off("update", onChange);
}

/** The store behind useYValue, apart from React so that it can be tested against a real document. */
export function yValueStore<T>(
  target: YTarget | undefined,
  { deep = false, equals = Object.is }: YValueOptions<T> = {},
): YValueStore<T> {
  let cached: { read: () => T; value: T } | null = null;
  let stale = true;
  return {
    subscribe(onChange) {
      if (!target) return () => {};
      // Nothing followed the target between the render that read it and this subscription: it may have changed.
      stale = true;
      return follow(
        target,
        () => {
          stale = true;
          onChange();
        },
        deep,
      );
    },
    snapshot(read) {
      if (!cached || stale || cached.read !== read) {
        const value = read();
        cached = { read, value: cached && equals(cached.value, value) ? cached.value : value };
        stale = false;
      }
      return cached.value;
    },
  };
}

/**
 * A value read from a Yjs type (or document), kept current while the component is mounted, local and remote
 * changes alike. `read` runs again after each change of the target and whenever `read` itself is another function:
 * give a costly one from useCallback, so that renders in between reuse its last value.
 */
export function useYValue<T>(target: YTarget | undefined, read: () => T, options: YValueOptions<T> = {}): T {
  const { deep, equals } = options;
  const store = useMemo(() => yValueStore<T>(target, { deep, equals }), [target, deep, equals]);
  return useSyncExternalStore(store.subscribe, () => store.snapshot(read));
}
