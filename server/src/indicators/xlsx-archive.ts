import yauzl, { type Entry, type ZipFile } from "yauzl";
import { ImportRefused } from "./indicator-limits.ts";

/** An XLSX holds a dozen parts; a few hundred with many sheets and pictures. */
export const MAX_ARCHIVE_ENTRIES = 1000;
/**
 * What all the parts may inflate to, as declared and as read: a national commune file of the Caf's (35,000 rows, a
 * dozen columns) takes about 25 MiB a year, three years stacked 75 MiB; more than this is a zip bomb, whose few
 * hundred KiB inflate to hundreds of MiB. The sheet is read as it inflates, never held whole.
 */
export const MAX_INFLATED_BYTES = 128 * 2 ** 20;

export const unreadable = () => new ImportRefused("importXlsxUnreadable");
const tooBig = () => new ImportRefused("importWorkbookTooBig", { bytes: MAX_INFLATED_BYTES });

export interface WorkbookArchive {
  has(name: string): boolean;
  /** The part's text as it inflates, never past the size its entry declares. */
  text(name: string): AsyncGenerator<string>;
  close(): void;
}

/**
 * Opens an XLSX from its central directory: the number of entries and the sizes they declare are checked before
 * anything is inflated, then each part read is counted as it inflates, so a zip bomb is stopped early on.
 */
export async function openWorkbookArchive(bytes: Uint8Array): Promise<WorkbookArchive> {
  const zip = await openZip(bytes);
  try {
    const entries = await listEntries(zip);
    return {
      has: (name) => entries.has(name),
      text: (name) => inflatedText(zip, entries.get(name)),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function openZip(bytes: Uint8Array): Promise<ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The parts are opened once all entries are listed, so the zip stays open until `close`. Inflated sizes are checked
  // below, against the budget and in French (yauzl's own check would answer in English).
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: false };
  const zip = await yauzl.fromBufferPromise(buffer, options).catch(() => {
    throw unreadable();
  });
  if (zip.entryCount > MAX_ARCHIVE_ENTRIES) {
    zip.close();
    throw new ImportRefused("importTooManyParts", { maximum: MAX_ARCHIVE_ENTRIES });
  }
  return zip;
}

async function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > MAX_INFLATED_BYTES) throw tooBig();
      entries.set(entry.fileName, entry);
    }
  } catch (error) {
    throw error instanceof ImportRefused ? error : unreadable();
  }
  return entries;
}

async function* inflatedText(zip: ZipFile, entry: Entry | undefined): AsyncGenerator<string> {
  if (!entry) throw unreadable();
  const stream = await zip.openReadStreamPromise(entry).catch(() => {
    throw unreadable();
  });
  const decoder = new TextDecoder();
  let inflated = 0;
  try {
    // Leaving this loop early, on a refusal, destroys the stream: the rest is never inflated.
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.byteLength;
      if (inflated > entry.uncompressedSize) throw tooBig();
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (error) {
    throw error instanceof ImportRefused ? error : unreadable();
  }
  yield decoder.decode();
}
