import type { CreatedSpaceView } from "@atelier/shared";
import { HocuspocusProvider } from "@hocuspocus/provider";
import type { Locator, Page } from "playwright-core";
import * as Y from "yjs";

/** The figures' page of a space, opened with the facilitator link (the secret travels in the fragment). */
export async function openIndicatorsPage(page: Page, serverUrl: string, space: CreatedSpaceView): Promise<void> {
  await page.goto(`${serverUrl}/espaces/${space.id}/indicateurs#acces=${space.facilitatorSecret}`);
  await page.getByRole("heading", { level: 2, name: "Chiffres du territoire" }).waitFor();
}

/**
 * Chooses a file in the import form and sends it. The type is Excel's for a CSV on Windows, as a Caf adviser's
 * browser would declare it: the page must send it as text/csv all the same.
 */
export async function importIndicatorFile(page: Page, name: string, content: string): Promise<void> {
  await page.getByLabel("Fichier de chiffres (CSV ou XLSX)").setInputFiles({
    name,
    mimeType: name.endsWith(".csv") ? "application/vnd.ms-excel" : "application/octet-stream",
    buffer: Buffer.from(content, "utf8"),
  });
  await page.getByRole("button", { name: "Importer le fichier" }).click();
}

export function indicatorsTable(page: Page): Locator {
  return page.getByRole("table", { name: "Chiffres du territoire comparés au département et à la France" });
}

/** The table's row of an indicator (its latest year), found by its row header. */
export function indicatorRow(page: Page, label: string): Locator {
  return indicatorsTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
}

export interface ShownIndicator {
  label: string;
  year: string;
  territoire: string;
  departement: string;
  france: string;
}

/** Every indicator row as a reader sees it (theme rows aside): the name, the three levels' cells, the year. */
export function shownIndicators(page: Page): Promise<ShownIndicator[]> {
  return indicatorsTable(page).evaluate((table: HTMLTableElement) =>
    Array.from(table.tBodies)
      .flatMap((body) => Array.from(body.rows))
      .filter((row) => row.cells[0]?.getAttribute("scope") === "row")
      .map((row) => {
        const text = (index: number) => (row.cells[index]?.textContent ?? "").replace(/\s+/g, " ").trim();
        return { label: text(0), territoire: text(1), departement: text(2), france: text(3), year: text(4) };
      }),
  );
}

export interface BoardClient {
  doc: Y.Doc;
  /** Resolves once the server has acknowledged every local change. */
  flushed(): Promise<void>;
  close(): void;
}

/** A standard provider on a board, kept open: another client's view of the document, live. */
export async function connectToBoard(wsUrl: string, documentName: string, token: string): Promise<BoardClient> {
  const doc = new Y.Doc();
  const provider = await new Promise<HocuspocusProvider>((resolve, reject) => {
    const connecting: HocuspocusProvider = new HocuspocusProvider({
      url: wsUrl,
      name: documentName,
      token,
      document: doc,
      onSynced: () => resolve(connecting),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
  });
  return {
    doc,
    async flushed() {
      const deadline = Date.now() + 5_000;
      while (provider.hasUnsyncedChanges) {
        if (Date.now() > deadline) throw new Error("the server did not acknowledge the changes");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}
