import * as Y from "yjs";
import { fragmentText } from "./rich-text.ts";
import { richTextNodeRefusal } from "./rich-text-schema.ts";

/**
 * What a promoted card brings to its fiche's description: its title as a bold paragraph, then copies of its body's
 * blocks with their attributes and formatting. The copies belong to no document yet, so they can be read from the
 * board's document and written into the plan's. A block the editors would not write (a body stored before the
 * server screened bodies) comes as its plain text, so its words reach the fiche and its markup does not.
 */
export function promotedText(title: string, body: Y.XmlFragment | undefined): Y.XmlElement[] {
  return [paragraph(title, { bold: {} }), ...(body?.toArray() ?? []).flatMap(copyBlock)];
}

function copyBlock(block: Y.XmlElement | Y.XmlText | Y.XmlHook): Y.XmlElement[] {
  if (block instanceof Y.XmlHook) return [];
  if (block instanceof Y.XmlElement && richTextNodeRefusal(block) === null) return [block.clone()];
  return fragmentText(block)
    .split("\n")
    .map((line) => paragraph(line));
}

/** A paragraph as the editor writes it; a mark's value is its attributes, `{}` for bold. */
function paragraph(text: string, format?: Record<string, object>): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  if (text === "") return element;
  const run = new Y.XmlText();
  run.insert(0, text, format);
  element.insert(0, [run]);
  return element;
}
