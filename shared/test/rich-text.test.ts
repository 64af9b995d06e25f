import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { fragmentText, promotedText, richTextRefusal } from "../src/index.ts";

type Node = string | { text: string; marks: Record<string, object> } | [string, Record<string, unknown>, ...Node[]];

/** Builds prelim Yjs nodes as the editor stores them: elements with attributes, texts with formatting. */
function build(node: Node): Y.XmlElement | Y.XmlText {
  if (typeof node === "string" || !Array.isArray(node)) {
    const text = new Y.XmlText();
    if (typeof node === "string") text.insert(0, node);
    else text.insert(0, node.text, node.marks);
    return text;
  }
  const [name, attributes, ...children] = node;
  const element = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value as string);
  element.insert(0, children.map(build));
  return element;
}

function body(...blocks: Node[]): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment("body");
  fragment.insert(0, blocks.map(build));
  return fragment;
}

const p = (...children: Node[]): Node => ["paragraph", {}, ...children];
const li = (...children: Node[]): Node => ["listItem", {}, ...children];

describe("fragmentText", () => {
  it("gives the words of bold, italic and linked runs, never their markup", () => {
    const text = fragmentText(
      body(
        p("Un ", { text: "mot", marks: { bold: {} } }, " en ", { text: "italique", marks: { italic: {} } }, " et un ", {
          text: "lien",
          marks: { link: { href: "https://caf.fr" } },
        }),
        ["heading", { level: 2 }, "Titre"],
      ),
    );
    expect(text).toBe("Un mot en italique et un lien\nTitre");
  });

  it("keeps list items apart, numbered lists from their start, nested items indented", () => {
    const text = fragmentText(
      body(
        p("Porteur :"),
        ["bulletList", {}, li(p("12 places")), li(p("porteur : SIVU"), ["bulletList", {}, li(p("Prades"))])],
        ["orderedList", { start: 3 }, li(p("trois")), li(p("quatre"), p("suite"))],
      ),
    );
    expect(text).toBe(
      ["Porteur :", "• 12 places", "• porteur : SIVU", "  • Prades", "3. trois", "4. quatre", "   suite"].join("\n"),
    );
  });

  it("reads a hard break as a new line, and an empty paragraph as an empty line", () => {
    expect(fragmentText(body(p("avant", ["hardBreak", {}], "après"), p(), p("fin")))).toBe("avant\naprès\n\nfin");
    expect(fragmentText(body())).toBe("");
  });
});

describe("promotedText", () => {
  it("gives the card's title in bold, then copies of its body with their formatting and attributes", () => {
    const card = body(p({ text: "mot", marks: { bold: {} } }), ["orderedList", { start: 2 }, li(p("item"))]);
    const description = new Y.Doc().getXmlFragment("description");
    description.insert(0, promotedText("Titre de la carte", card));
    // toJSON() writes tag names in lower case; the elements keep the editor's names.
    expect(description.toJSON()).toBe(
      "<paragraph><bold>Titre de la carte</bold></paragraph><paragraph><bold>mot</bold></paragraph>" +
        '<orderedlist start="2"><listitem><paragraph>item</paragraph></listitem></orderedlist>',
    );
    expect(description.toArray().map((node) => (node as Y.XmlElement).nodeName)).toEqual([
      "paragraph",
      "paragraph",
      "orderedList",
    ]);
    expect(richTextRefusal(description)).toBeNull();
  });

  it("brings a block the editors would not write as its plain text", () => {
    const card = body(["script", { onerror: "alert(1)" }, "texte"], p("suite"));
    const description = new Y.Doc().getXmlFragment("description");
    description.insert(0, promotedText("Titre", card));
    expect(richTextRefusal(description)).toBeNull();
    expect(fragmentText(description)).toBe("Titre\ntexte\nsuite");
  });
});
