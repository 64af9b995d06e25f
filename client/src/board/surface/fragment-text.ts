import * as Y from "yjs";

/** The words of a card's rich-text body, paragraphs separated by spaces: what search and the short preview need. */
export function fragmentText(node: Y.XmlFragment | Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    // The delta, not toString(), which wraps formatted runs in tags.
    const delta: { insert?: unknown }[] = node.toDelta();
    return delta.map((op) => (typeof op.insert === "string" ? op.insert : "")).join("");
  }
  return node
    .toArray()
    .map((child) => (child instanceof Y.XmlHook ? "" : fragmentText(child)))
    .filter((text) => text.length > 0)
    .join(" ");
}
