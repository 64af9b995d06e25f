import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

/** Below this, gzip saves less than a packet and costs the server a stream. */
const COMPRESS_FROM_BYTES = 1024;
const JSON_TYPE = /^application\/json/;

const gzipLarge = compress({ threshold: COMPRESS_FROM_BYTES });

/**
 * Gzips the API's large text answers (a plan, a board's list, a CSV) for phones on a slow network. Files that are
 * compressed already (DOCX, XLSX, ZIP archives) keep their bytes: compress() only takes text types.
 */
export const apiCompression: MiddlewareHandler = (c, next) =>
  gzipLarge(c, async () => {
    await next();
    // Hono's JSON answers carry no length, and compress() would then gzip even the smallest: measured, they keep it.
    if (c.res.body && !c.res.headers.has("Content-Length") && JSON_TYPE.test(c.res.headers.get("Content-Type") ?? "")) {
      const bytes = await c.res.arrayBuffer();
      c.res = new Response(bytes, c.res);
      c.res.headers.set("Content-Length", String(bytes.byteLength));
    }
  });
