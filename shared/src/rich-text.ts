import * as Y from "yjs";

/**
 * The plain text of a rich text (a card's body, a fiche's description), for exports, version comparisons, previews
 * and search: its words, never markup. Each block (paragraph, heading, code block, list item) is a line of its own,
 * list items are marked ("• ", "1. ") and nested ones indented, so that items never run together; a hard break
 * starts a new line.
 */
export function fragmentText(node: Y.XmlFragment | Y.XmlElement | Y.XmlText): string {
  return node instanceof Y.XmlText ? inlineText(node) : childLines(node).join("\n");
}

function inlineText(text: Y.XmlText): string {
  // The delta, not toString() or toJSON(), which wrap formatted runs in tags (<bold>mot</bold>).
  const delta: { insert?: unknown }[] = text.toDelta();
  return delta.map((op) => (typeof op.insert === "string" ? op.insert : "")).join("");
}

/** The lines of a node's children: its inline content gathered into lines, each block child giving its own. */
function childLines(parent: Y.XmlFragment): string[] {
  const lines: string[] = [];
  let inline: string | null = null;
  const endLine = () => {
    if (inline !== null) lines.push(...inline.split("\n"));
    inline = null;
  };
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      inline = (inline ?? "") + inlineText(child);
    } else if (child instanceof Y.XmlElement && child.nodeName === "hardBreak") {
      inline = `${inline ?? ""}\n`;
    } else if (child instanceof Y.XmlElement) {
      endLine();
      lines.push(...blockLines(child));
    }
  }
  endLine();
  return lines;
}

function blockLines(block: Y.XmlElement): string[] {
  if (block.nodeName === "bulletList" || block.nodeName === "orderedList") return listLines(block);
  const lines = childLines(block);
  // An empty paragraph is still a line, as the person who typed it left one.
  return lines.length > 0 ? lines : [""];
}

function listLines(list: Y.XmlElement): string[] {
  const start = list.getAttribute("start");
  const first = typeof start === "number" ? start : 1;
  return list.toArray().flatMap((item, index) => {
    if (!(item instanceof Y.XmlElement)) return [];
    const marker = list.nodeName === "orderedList" ? `${first + index}. ` : "• ";
    const [head = "", ...rest] = childLines(item);
    // The item's further lines (a second paragraph, a nested list) are indented under its first.
    return [marker + head, ...rest.map((line) => " ".repeat(marker.length) + line)];
  });
}
