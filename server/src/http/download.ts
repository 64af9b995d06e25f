import type { Context } from "hono";

/** A file to save rather than show: its type, and the name the browser proposes. */
export function download(c: Context, body: Uint8Array | string, type: string, name: string) {
  return c.body(typeof body === "string" ? body : new Uint8Array(body), 200, {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${name}"`,
  });
}
