import { strFromU8, unzipSync } from "fflate";

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" };

/**
 * The text of a DOCX's body as a reader sees it: its tags dropped (so runs, and paragraphs, join with nothing
 * between them) and XML's escapes read back, so expectations are written as the document reads.
 */
export async function docxText(docx: Response | ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = docx instanceof Response ? await docx.arrayBuffer() : docx;
  const files = unzipSync(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const xml = files["word/document.xml"];
  if (!xml) throw new Error("not a DOCX: no word/document.xml");
  return strFromU8(xml)
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}
