import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { refuse } from "./errors.ts";

/** Every request but an import is a small JSON body. */
export const MAX_BODY_BYTES = 256 * 1024;
/**
 * An import file: a national commune file of the Caf's is a few MiB as CSV (35,000 rows a year), a few years of it or
 * its workbook fit; the reading happens in a worker (indicators/file-in-worker.ts).
 */
export const MAX_IMPORT_BYTES = 20 * 2 ** 20;

/** Refuses (413) a body past `maxBytes`, as its length declares or as it streams in when it declares none. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    // The unread rest of the body makes the connection unusable: tell the client not to reuse it.
    onError: (c) => {
      c.header("Connection", "close");
      return refuse(c, 413, "bodyTooLarge", { bytes: maxBytes });
    },
  });
}
