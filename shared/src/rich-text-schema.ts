import * as Y from "yjs";
import type { Refusal, RefusalCode } from "./refusals.ts";

/**
 * The rich text the editors write: Tiptap's StarterKit, as the card body and fiche description editors configure
 * it, stored by Tiptap's collaboration extension (nodes as Y.XmlElements with their attributes, marks as formatting
 * attributes of Y.XmlText). Each node and mark with the attributes it may carry. The server refuses a body holding
 * anything else, so no client can leave markup the editors would not write (`<script onerror>`…) for others to load.
 */
const NODES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["paragraph", new Set<string>()],
  ["heading", new Set(["level"])],
  ["blockquote", new Set<string>()],
  ["bulletList", new Set<string>()],
  ["orderedList", new Set(["start", "type"])],
  ["listItem", new Set<string>()],
  ["codeBlock", new Set(["language"])],
  ["hardBreak", new Set<string>()],
  ["horizontalRule", new Set<string>()],
]);
const MARKS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["bold", new Set<string>()],
  ["italic", new Set<string>()],
  ["strike", new Set<string>()],
  ["underline", new Set<string>()],
  ["code", new Set<string>()],
  ["link", new Set(["href", "target", "rel", "class", "title"])],
]);
/**
 * The schemes a link may use: those Tiptap's Link accepts by default, autolinking included (StarterKit v3). A link
 * without a scheme is relative; any other scheme (javascript:, data:…) is refused, as Tiptap itself refuses it.
 */
const LINK_PROTOCOLS = new Set(["http", "https", "ftp", "ftps", "mailto", "tel", "callto", "sms", "cid", "xmpp"]);

function linkAllowed(href: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so does this reading.
  const squeezed = [...href].filter((character) => character.charCodeAt(0) > 0x20).join("");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1];
  return scheme === undefined || LINK_PROTOCOLS.has(scheme.toLowerCase());
}

/** y-tiptap keys a mark that may overlap itself by its name and a hash of its attributes ("link--AbCd1234"). */
function markName(key: string): string {
  return /^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(key)?.[1] ?? key;
}
const MAX_ATTRIBUTE_LENGTH = 2048;

function attributeValueOk(name: string, value: unknown): boolean {
  if (value === null || typeof value === "number" || typeof value === "boolean") return true;
  if (typeof value !== "string" || value.length > MAX_ATTRIBUTE_LENGTH) return false;
  return name !== "href" || linkAllowed(value);
}

/** Why a text formatting (a mark, or its end when null) is not one the editors write, or null. */
const named = (code: RefusalCode, name: string): Refusal => ({ code, params: { name: name.slice(0, 40) } });

function formatRefusal(key: string, value: unknown): Refusal | null {
  const attributes = MARKS.get(markName(key));
  if (!attributes) return named("writeTextUnknownMark", key);
  if (value === null || value === true) return null;
  if (typeof value !== "object" || Array.isArray(value)) return named("writeTextMarkMalformed", key);
  for (const [name, inner] of Object.entries(value)) {
    if (!attributes.has(name) || !attributeValueOk(name, inner)) return named("writeTextAttribute", name);
  }
  return null;
}

function elementRefusal(element: Y.XmlElement): Refusal | null {
  const attributes = NODES.get(element.nodeName);
  if (!attributes) return named("writeTextUnknownElement", element.nodeName);
  for (const [name, value] of Object.entries(element.getAttributes())) {
    if (!attributes.has(name) || !attributeValueOk(name, value)) return named("writeTextAttribute", name);
  }
  return null;
}

/** Why a rich text (a card's body) holds something the editors would not write, or null when it holds none. */
export function richTextRefusal(fragment: Y.XmlFragment): Refusal | null {
  for (const child of fragment.toArray()) {
    const refused = richTextNodeRefusal(child);
    if (refused) return refused;
  }
  return null;
}

/** Why one node of a rich text, with all it holds, is not what the editors write, or null. */
export function richTextNodeRefusal(node: Y.XmlElement | Y.XmlText | Y.XmlHook): Refusal | null {
  if (node instanceof Y.XmlText) {
    for (const { insert, attributes } of node.toDelta() as { insert: unknown; attributes?: object }[]) {
      if (typeof insert !== "string") return { code: "writeTextEmbed", params: {} };
      for (const [key, value] of Object.entries(attributes ?? {})) {
        const refused = formatRefusal(key, value);
        if (refused) return refused;
      }
    }
    return null;
  }
  if (node instanceof Y.XmlElement) return elementRefusal(node) ?? richTextRefusal(node);
  return { code: "writeTextUnknownContent", params: {} };
}

/**
 * Whether an item an update inserts into a body is plainly what the editors write: text, text or a known element
 * as a child, a known formatting. Attributes of elements are left to the full reading (richTextRefusal), since
 * their element may not be at hand while an update is read without being applied.
 */
export function isPlainRichTextItem(item: Y.Item): boolean {
  if (item.parentSub !== null) return false;
  const { content } = item;
  if (content instanceof Y.ContentString || content instanceof Y.ContentDeleted) return true;
  if (content instanceof Y.ContentFormat) return formatRefusal(content.key, content.value) === null;
  if (!(content instanceof Y.ContentType)) return false;
  const { type } = content;
  if (type instanceof Y.XmlText) return true;
  return type instanceof Y.XmlElement && NODES.has(type.nodeName);
}
