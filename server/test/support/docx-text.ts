import { strFromU8, unzipSync } from "fflate";

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" };

/**
 * The text of a DOCX's body (or of another of its parts, its footer say) as a reader sees it: its tags dropped (so
 * runs, and paragraphs, join with nothing between them; a field shows its code, PAGE) and XML's escapes read back, so
 * expectations are written as the document reads.
 */
export async function docxText(docx: Response | ArrayBuffer | Uint8Array, part = "word/document.xml"): Promise<string> {
  const bytes = docx instanceof Response ? await docx.arrayBuffer() : docx;
  const files = unzipSync(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const xml = files[part];
  if (!xml) throw new Error(`not a DOCX, or one without ${part}`);
  return strFromU8(xml)
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}
