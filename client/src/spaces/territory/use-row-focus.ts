import { useRef, useState } from "react";

/**
 * Where the keyboard goes in a list of rows: into the first field of a row just added, and onto the list's add
 * button when a row is removed (its own remove button is gone, and the page's top is no place to land).
 */
export function useRowFocus() {
  const [added, setAdded] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  return { added, setAdded, addButton, focusAddButton: () => addButton.current?.focus() };
}
