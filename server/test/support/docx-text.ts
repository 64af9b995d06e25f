import { strFromU8, unzipSync } from "fflate";

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" };

/** One part of an Office file (a DOCX or an XLSX: both are zips), as its raw XML. */
export async function officePart(file: Response | ArrayBuffer | Uint8Array, part: string): Promise<string> {
  const bytes = file instanceof Response ? await file.arrayBuffer() : file;
  const files = unzipSync(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const xml = files[part];
  if (!xml) throw new Error(`not an Office file, or one without ${part}`);
  return strFromU8(xml);
}

/**
 * The text of a DOCX's body (or of another of its parts, its footer say) as a reader sees it: its tags dropped (so
 * runs, and paragraphs, join with nothing between them; a field shows its code, PAGE) and XML's escapes read back, so
 * expectations are written as the document reads.
 */
export async function docxText(docx: Response | ArrayBuffer | Uint8Array, part = "word/document.xml"): Promise<string> {
  return (await officePart(docx, part))
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}
