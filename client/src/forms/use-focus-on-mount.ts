import { type RefObject, useEffect } from "react";

/** For a form opened on request (rename, edit): the keyboard lands in the field the user came to change. */
export function useFocusOnMount(input: RefObject<HTMLInputElement | null>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    input.current?.focus();
    input.current?.select();
  }, [input, enabled]);
}
