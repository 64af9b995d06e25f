import { type RefObject, useCallback, useEffect, useRef } from "react";

/**
 * Some controls give way to others once used (« Ouvrir le vote » to « Clore le vote »): the focus would fall back
 * to the top of the page. A handler names where the focus goes instead; it moves there once React has rendered it.
 */
export function usePendingFocus(): (target: RefObject<HTMLElement | null>) => void {
  const pending = useRef<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    const target = pending.current?.current;
    if (!target) return;
    pending.current = null;
    target.focus();
  });
  return useCallback((target) => {
    pending.current = target;
  }, []);
}
