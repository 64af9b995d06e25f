import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, type Table, TextRun } from "docx";

export type DocxBlock = Paragraph | Table;

/** The exported documents' look: French, in the State's typeface where it is installed. */
const DOCUMENT_STYLES = {
  default: { document: { run: { font: "Marianne, Arial", size: 22, language: { value: "fr-FR" } } } },
};

/**
 * Every page names the document and where it stands in it: a convention or a bilan is printed, annotated in the
 * COPIL and handed round, its pages apart.
 */
function footer(title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${title} — page `, size: 18 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
          new TextRun({ text: " sur ", size: 18 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });
}

/** Who wrote an exported file, in its properties: the tool, rather than the library's "Un-named" or "Unknown". */
export const EXPORT_AUTHOR = "Atelier CTG";

/** A document of the CTG as the tool writes them all: its title in its properties and at the foot of each page. */
export function ctgDocx(title: string, children: DocxBlock[]): Promise<Buffer> {
  const document = new Document({
    creator: EXPORT_AUTHOR,
    lastModifiedBy: EXPORT_AUTHOR,
    title,
    styles: DOCUMENT_STYLES,
    sections: [{ footers: { default: footer(title) }, children }],
  });
  return Packer.toBuffer(document);
}
