import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** What was typed in a rich-text field, without the other participants' caret labels drawn inside it. */
export function typedText(editor: Locator): Promise<string> {
  return editor.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const caret of Array.from(copy.querySelectorAll(".collaboration-carets__caret"))) caret.remove();
    return copy.textContent ?? "";
  });
}

interface EditorState {
  selection: { from: number; to: number };
  doc: { content: { size: number }; textBetween(from: number, to: number): string };
}

/**
 * Moves the caret with a key (End, Control+End, Control+Home…) and waits until the editor itself has it past all
 * the text or before it. The browser moves its selection at once, but the editor reads it in a later task, and a
 * busy page can run the next key first: the text then lands where the caret was before.
 */
export async function moveCaret(page: Page, editor: Locator, key: string, to: "start" | "end"): Promise<void> {
  await page.keyboard.press(key);
  await expect
    .poll(() =>
      editor.evaluate((element, side) => {
        // Tiptap hangs its editor on the element it edits.
        const { state } = (element as unknown as { editor: { state: EditorState } }).editor;
        const { from, to: until } = state.selection;
        const text =
          side === "end" ? state.doc.textBetween(until, state.doc.content.size) : state.doc.textBetween(0, from);
        return from === until && text === "";
      }, to),
    )
    .toBe(true);
}
