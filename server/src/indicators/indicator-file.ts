import { readCsvLines } from "./csv-lines.ts";
import { type LineSink, type ParsedFile, TEMPLATE_LIMITS } from "./indicator-limits.ts";
import { TemplateLines } from "./template-lines.ts";

export { RETRY_AFTER_SECONDS, readIndicatorFile, reserveImport } from "./file-in-worker.ts";
export type { FileReading, FileToRead } from "./import-reading.ts";
export { MAX_INDICATOR_ROWS, type ParsedFile } from "./indicator-limits.ts";

/**
 * A CSV in the atelier's template, read on the calling thread: for the example data set the server ships (a few
 * lines). Uploads go through `readIndicatorFile`, in a worker.
 */
export function parseIndicatorCsv(text: string): ParsedFile {
  const lines = new TemplateLines();
  const sink: LineSink = {
    limits: TEMPLATE_LIMITS,
    line: (line) => {
      lines.add(line);
      return true;
    },
  };
  const read = readCsvLines(text, sink);
  return read.ok ? lines.finish([], 0) : read;
}
